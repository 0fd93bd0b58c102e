#undef E\u00e9
#define E\u00e9 a), "+r"(x
