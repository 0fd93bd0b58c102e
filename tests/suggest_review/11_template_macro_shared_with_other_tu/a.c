#include "h.h"
void fa(void) { f(); }
