#include <asm/stack.h>
long v1, v2, v3, v4, v5;
long f(void) { return op(); }
