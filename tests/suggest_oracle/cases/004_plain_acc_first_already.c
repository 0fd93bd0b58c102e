// site: 004_plain_acc_first_already.c:11
// truth: ASM_CALL_CONSTRAINT is already the first output, so reorder has nothing to do (no patch or an empty one); frame-address must drop it, append the frame-address input and turn "movq %2, %1" into "movq %1, %0".
#include "asmdefs.h"

long plain_acc_first_already(long x)
{
	register long v asm("rbx") = x;
	register long r asm("r15");

	asm volatile("movq %2, %1"
		     : ASM_CALL_CONSTRAINT, "=r" (r)
		     : "r" (v));
	return r;
}
