#define MC "0"
#include "h.h"
unsigned long use2(unsigned long x) { return f(x); }
