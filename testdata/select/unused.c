#include "sel.h"
int unused(int x) { return x + 1; }
