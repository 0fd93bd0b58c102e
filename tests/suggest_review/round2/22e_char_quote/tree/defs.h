static const char q = '"';
#undef E
#define E a), "+r"(x
static const char *r = "x";
