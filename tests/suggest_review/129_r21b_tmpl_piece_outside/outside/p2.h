#define PRE "movl %k1, %%ecx\n\t"
