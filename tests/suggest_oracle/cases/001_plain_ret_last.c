// site: 001_plain_ret_last.c:11
// truth: reorder must move ASM_CALL_CONSTRAINT before "=r" (r) and turn %0 into %1 (giving "movq %2, %1"); frame-address must drop it, append "r" (__builtin_frame_address(0)) after "r" (v) and turn %2 into %1 (giving "movq %1, %0").
#include "asmdefs.h"

long plain_ret_last(long x)
{
	register long v asm("r12") = x;
	register long r asm("r13");

	asm volatile("movq %2, %0"
		     : "=r" (r), ASM_CALL_CONSTRAINT
		     : "r" (v));
	return r;
}
