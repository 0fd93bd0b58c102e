// site: 008_plain_asm_inline.c:12
// truth: asm_inline (asm __inline) statement with r=0, sp=1, v=2, g1=3: reorder must give "movq %3, %1\n\taddq %2, %1"; frame-address "movq %2, %0\n\taddq %1, %0".
#include "asmdefs.h"

long plain_asm_inline(long x)
{
	register long v asm("r8") = x;
	register long r asm("r9");

	asm_inline volatile("movq %3, %0\n\t"
			    "addq %2, %0"
			    : "=r" (r), ASM_CALL_CONSTRAINT
			    : "r" (v), "m" (g1));
	return r;
}
