#undef EXTRA_OUT
#define EXTRA_OUT "=r"(c), "=r"(d)
