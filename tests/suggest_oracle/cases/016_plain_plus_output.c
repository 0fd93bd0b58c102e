// site: 016_plain_plus_output.c:11
// truth: a=0 ("+r"), sp=1, v=2 (hidden inputs 3, 4 are not referenced): reorder must give "addq %2, %1", frame-address "addq %1, %0".
#include "asmdefs.h"

long plain_plus_output(long x, long y)
{
	register long a asm("r12") = x;
	register long v asm("r13") = y;

	asm volatile("addq %2, %0"
		     : "+r" (a), ASM_CALL_CONSTRAINT
		     : "r" (v));
	return a;
}
