// site: 103_percent_equals.c:14
// truth: "%=" (unique id) followed by digits is not an operand reference: reorder must only turn %0 into %1, frame-address only %2 into %1, leaving ".Lpe%=0" and ".Lpq%=1" alone.
#include "asmdefs.h"

long percent_equals(long x)
{
	register long v asm("r12") = x;
	register long r asm("r13");

	asm volatile(".Lpe%=0:\n\t"
		     "movq %2, %0\n\t"
		     "jmp .Lpq%=1\n"
		     ".Lpq%=1:"
		     : "=r" (r), ASM_CALL_CONSTRAINT
		     : "r" (v));
	return r;
}
