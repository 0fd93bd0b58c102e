/* unit: a static foo with seven arguments in section .text.foo that writes its
 * seventh (the cell, via gcc's sibling call), and a caller on its own foo */
#include "../common.h"
extern void bar_fn(long a, long b, long c, long d, long e, long f, long g);
static NOSAN __attribute__((used, section(".text.foo"))) void foo(long a, long b, long c, long d, long e, long f, long g)
{
	bar_fn(a, b, c, d, e, f, g + 0x5454);
}
void on_evil(void) { call_on_stack(foo); }
