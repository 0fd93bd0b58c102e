#define MC "c"
#include "h.h"
unsigned long use(unsigned long x) { return f(x); }
