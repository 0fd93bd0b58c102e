#include <h.h>
void fa(long *p) { op(p); }
