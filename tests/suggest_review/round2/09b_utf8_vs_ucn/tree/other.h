#undef T\u00e9
#define T\u00e9 " %3"
