#include <h.h>
void fb(long *p) { op(p); }
