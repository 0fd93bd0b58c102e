#include <h.h>
void fc(long *p, long a, long b) { op(p, a, b); }
