// site: 009_plain_underscores.c:13
// truth: __asm__ __volatile__ spelling with r=0, sp=1, v=2, g2=3: reorder must give "movq %3, %1\n\taddq %2, %1"; frame-address "movq %2, %0\n\taddq %1, %0".
#include "asmdefs.h"

long plain_underscores(long x)
{
	register long v asm("r10") = x;
	register long r asm("r11");

	__asm__ __volatile__("movq %3, %0\n\t"
			     "addq %2, %0"
			     : "=r" (r),
			       ASM_CALL_CONSTRAINT
			     : "r" (v),
			       "m" (g2));
	return r;
}
