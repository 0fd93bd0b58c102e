#include <h.h>
void fc(long *p) { op(p); }
