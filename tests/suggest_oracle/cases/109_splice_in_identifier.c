// site: 109_splice_in_identifier.c:12
// truth: ASM_CALL_CONSTRAINT is spelled across a backslash-newline (ASM_CALL_\<newline>CONSTRAINT), still r=0, sp=1, v=2: reorder must give "movq %2, %1", frame-address "movq %1, %0", removing both halves of the spliced name.
#include "asmdefs.h"

long splice_in_identifier(long x)
{
	register long v asm("r12") = x;
	register long r asm("r13");

	asm volatile("movq %2, %0"
		     : "=r" (r), ASM_CALL_\
CONSTRAINT
		     : "r" (v));
	return r;
}
