// site: 022_stringify_modifier.c:12
// truth: references sit inside __stringify(%k0) and __stringify(%k2): reorder must make every reference to r (%k0, literal or stringified) %k1; frame-address must make every %k2 (literal or stringified) %k1.
#include "asmdefs.h"

long stringify_modifier(long x)
{
	register long v asm("r12") = x;
	register long r asm("r13");

	asm volatile("movl %k2, " __stringify(%k0) "\n\t"
		     "addl " __stringify(%k2) ", %k0"
		     : "=r" (r), ASM_CALL_CONSTRAINT
		     : "r" (v));
	return r;
}
