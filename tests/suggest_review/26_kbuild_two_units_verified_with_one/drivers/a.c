#include <asm/op.h>
void fa(void) { do_op(); }
