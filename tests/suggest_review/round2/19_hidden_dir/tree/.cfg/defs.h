#undef T
#define T " %3"
