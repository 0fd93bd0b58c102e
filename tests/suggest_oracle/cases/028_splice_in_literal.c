// site: 028_splice_in_literal.c:13
// truth: backslash-newlines inside the literal split "%2" and "%0" across lines: reorder must make the spliced %0 a %1; frame-address must make the spliced %2 a %1.
#include "asmdefs.h"

long splice_in_literal(long x)
{
	register long v asm("r12") = x;
	register long r asm("r13");

	asm volatile("movq %\
2, %\
0"
		     : "=r" (r), ASM_CALL_CONSTRAINT
		     : "r" (v));
	return r;
}
