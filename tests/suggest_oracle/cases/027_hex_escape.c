// site: 027_hex_escape.c:11
// truth: "\x25" "2" is %2 (hex escape for %, then a digit in the next literal): frame-address must make it %1; reorder must turn %0 into %1 and leave it.
#include "asmdefs.h"

long hex_escape(long x)
{
	register long v asm("r12") = x;
	register long r asm("r13");

	asm volatile("movq \x25" "2, %0"
		     : "=r" (r), ASM_CALL_CONSTRAINT
		     : "r" (v));
	return r;
}
