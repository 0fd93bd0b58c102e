#include "sel.h"
void branches(int *p, int c) { twice(p, c); }
