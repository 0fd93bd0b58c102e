#include "link/h.h"
void fa(void) { f(); }
