#include <asm/op.h>
void fb(void) { do_op(); }
