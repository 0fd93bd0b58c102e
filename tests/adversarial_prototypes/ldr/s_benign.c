/* unit: a static foo(long) placed in section .text.foo (benign), and a caller on its own foo */
#include "../common.h"
static NOSAN __attribute__((used, section(".text.foo"))) void foo(long a) { sink = a; }
void on_benign(void) { call_on_stack(foo); }
