/* unit B: switches stacks and calls the GLOBAL foo, defined in another unit (c_global.c) */
#include "../common.h"
extern void foo(long a, long b, long c, long d, long e, long f, long g);
void on_foo(void) { call_on_stack(foo); }
