/* A BUG (flags 0): the kernel does not come back from its ud2. */
#define BUG_FLAGS 0
#include "ud2_jumper.inc"
