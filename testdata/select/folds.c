#include "sel.h"
int folds(int x) { return x * knob(); }
