#define EXTRA_OUT "=r"(c), "=r"(d)
