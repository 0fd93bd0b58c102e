/*
 * GNU indirect function: the symbol `seven_if` (STT_GNU_IFUNC) has the
 * address of its RESOLVER, resolve_seven(void), whose DWARF prototype takes
 * no argument.  A call to seven_if goes to the function the resolver
 * returns: seven_impl, seven arguments, the seventh in the cell.  All C
 * prototypes here are consistent.
 */
#include "common.h"
extern void bar_fn(long a, long b, long c, long d, long e, long f, long g);
NOSAN void seven_impl(long a, long b, long c, long d, long e, long f, long g)
{
	/* gcc: a sibling call that stores g+0x5959 into its own stack-argument
	 * slot, the cell.  (clang-19 does not reuse the slot here, but by the
	 * ABI seven_impl owns it either way.) */
	bar_fn(a, b, c, d, e, f, g + 0x5959);
}
typedef void seven_fn(long, long, long, long, long, long, long);
static __attribute__((used)) seven_fn *resolve_seven(void) { return seven_impl; }
void seven_if(long a, long b, long c, long d, long e, long f, long g) __attribute__((ifunc("resolve_seven")));
void on_ifunc(void) { call_on_stack(seven_if); }
