#include <h.h>
void fa(long *p, long a, long b) { op(p, a, b); }
