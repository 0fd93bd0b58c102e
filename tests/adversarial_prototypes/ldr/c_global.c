/* unit C (linked later): the global foo takes seven arguments and passes the
 * seventh on, changed, in a sibling call: the compiler stores g+0x4848 into
 * foo's own incoming argument slot, i.e. the cell. */
#include "../common.h"
extern void bar_fn(long a, long b, long c, long d, long e, long f, long g);
NOSAN void foo(long a, long b, long c, long d, long e, long f, long g)
{
	bar_fn(a, b, c, d, e, f, g + 0x4848);
}
