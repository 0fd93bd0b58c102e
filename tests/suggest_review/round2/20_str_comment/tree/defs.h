static const char *s1 = "/*";
#undef T
#define T " %3"
static const char *s2 = "*/";
