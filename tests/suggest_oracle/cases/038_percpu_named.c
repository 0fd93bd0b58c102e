// site: 038_percpu_named.c:10
// truth: __percpu_arg([var]) is the named reference %P[var] and needs no change: reorder must only turn %0 into %1; frame-address changes no reference.
#include "asmdefs.h"

long percpu_named(void)
{
	register long r asm("r13");

	asm volatile("movq " __percpu_arg([var]) ", %0"
		     : "=r" (r), ASM_CALL_CONSTRAINT
		     : [var] "m" (g5));
	return r;
}
