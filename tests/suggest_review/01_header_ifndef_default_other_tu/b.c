#define EXTRA_OUT "=r"(c), "=r"(d)
#include "h.h"
void fb(void) { f(); }
