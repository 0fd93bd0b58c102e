#undef E
#define E a), "+r"(x
