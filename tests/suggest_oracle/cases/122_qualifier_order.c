// site: 122_qualifier_order.c:13
// truth: qualifiers in unusual order (__asm__ goto __inline__ volatile) with r=0, sp=1, v=2, hidden sp=3, label 4: reorder must give "movq %2, %1 / testq %1, %1 / jz %l4"; frame-address "movq %1, %0 / testq %0, %0 / jz %l3".
#include "asmdefs.h"

void qualifier_order(long x)
{
	register long v asm("r12") = x;
	register long r asm("r13");

	__asm__ goto __inline__ volatile("movq %2, %0\n\t"
					 "testq %0, %0\n\t"
					 "jz %l4"
					 : "=r" (r), ASM_CALL_CONSTRAINT
					 : "r" (v)
					 : "cc"
					 : zero);
	g1 = r;
	return;
zero:
	g2 = 1;
}
