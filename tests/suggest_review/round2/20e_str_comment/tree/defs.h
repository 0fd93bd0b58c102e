static const char *s1 = "/*";
#undef E
#define E a), "+r"(x
static const char *s2 = "*/";
