#include <h.h>
void u2(long *p) { many(p); }
