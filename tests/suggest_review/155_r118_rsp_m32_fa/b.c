#include <h.h>
void fb(long *p, long a, long b) { op(p, a, b); }
