#include "h.h"
void g(void) { f(); }
