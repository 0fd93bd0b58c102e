static const char q = '"';
#undef T
#define T " %3"
static const char *r = "x";
