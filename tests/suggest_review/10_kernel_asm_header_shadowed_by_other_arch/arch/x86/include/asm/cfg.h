#define EXTRA_OUT "=r"(c)
