/* unit B2: its own static foo with seven arguments, which passes the seventh
 * on, changed, in a sibling call (writes the cell); and a stack switch to it */
#include "../common.h"
extern void bar_fn(long a, long b, long c, long d, long e, long f, long g);
static NOSAN __attribute__((used)) void foo(long a, long b, long c, long d, long e, long f, long g)
{
	bar_fn(a, b, c, d, e, f, g + 0x4949);
}
void on_foo2(void) { call_on_stack(foo); }
