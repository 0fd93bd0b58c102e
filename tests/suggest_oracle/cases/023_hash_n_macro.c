// site: 023_hash_n_macro.c:15
// truth: OPREF(n) builds "%" #n: operands r=0, sp=1, s=2, v=3, so reorder must turn OPREF(0) into OPREF(1) (and keep %3, %2), and frame-address must turn OPREF(3) into OPREF(2), %3 into %2 and %2 into %1.
#include "asmdefs.h"

#define OPREF(n) "%" #n

long hash_n_macro(long x)
{
	register long v asm("r14") = x;
	register long r asm("r12");
	register long s asm("r13");

	asm volatile("movq " OPREF(3) ", " OPREF(0) "\n\t"
		     "movq %3, %2"
		     : "=r" (r), ASM_CALL_CONSTRAINT, "=r" (s)
		     : "r" (v));
	return r + s;
}
