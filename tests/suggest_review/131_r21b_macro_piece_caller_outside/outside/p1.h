#define PRE "# plain\n\t"
