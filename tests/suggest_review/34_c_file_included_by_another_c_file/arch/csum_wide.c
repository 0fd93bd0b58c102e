/* the wide variant reuses the generic code */
#define CSUM_EXTRA_OUT "=r"(c), "=r"(d)
#include "../lib/csum.c"
