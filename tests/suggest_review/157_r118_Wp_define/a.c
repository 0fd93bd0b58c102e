#include <h.h>
long fa(long x, long a) { return op(x, a); }
