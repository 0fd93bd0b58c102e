#include <h.h>
long fb(long x, long a) { return op(x, a); }
