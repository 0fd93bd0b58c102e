#include <h.h>
void u1(long *p) { many(p); }
