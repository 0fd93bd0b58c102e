// site: 043_concat_label_ref.c:13
// truth: "%l" "4" is %l4, the label (r=0, sp=1, v=2, hidden sp=3, label 4): reorder must turn %0 into %1 and keep it; frame-address must make it %l3 and %2 a %1.
#include "asmdefs.h"

void concat_label_ref(long x)
{
	register long v asm("r12") = x;
	register long r asm("r13");

	asm goto("movq %2, %0\n\t"
		 "testq %0, %0\n\t"
		 "jz %l" "4"
		 : "=r" (r), ASM_CALL_CONSTRAINT
		 : "r" (v)
		 : "cc"
		 : zero);
	g1 = r;
	return;
zero:
	g2 = 1;
}
