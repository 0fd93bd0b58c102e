#include "sel.h"
void pokes(int *p) { poke(p); }
