#include <asm/stack.h>
long g(void) { return op() + 1; }
