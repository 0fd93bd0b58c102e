// site: 006_plain_matching_zero.c:11
// truth: the input "0" (x) is tied to output 0 (r): reorder must change it to "1" and give "addq %3, %1 # %2"; frame-address keeps "0" and gives "addq %2, %0 # %1".
#include "asmdefs.h"

long plain_matching_zero(long x, long y)
{
	register long w asm("r13") = y;
	register long r asm("r12");

	asm volatile("addq %3, %0 # %2"
		     : "=r" (r), ASM_CALL_CONSTRAINT
		     : "0" (x), "r" (w));
	return r;
}
