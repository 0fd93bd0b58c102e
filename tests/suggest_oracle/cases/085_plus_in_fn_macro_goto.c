// site: 085_plus_in_fn_macro_goto.c:15
// truth: RW(a) is a "+r" output hidden in a macro (a=0, sp=1, v=2, hidden a=3, hidden sp=4, label 5): reorder must give "addq %2, %1 / # %4 / jc %l5"; frame-address "addq %1, %0 / # %3 / jc %l4".
#include "asmdefs.h"

#define RW(v) "+r" (v)

void plus_in_fn_macro_goto(long x, long y)
{
	register long a asm("r12") = x;
	register long v asm("r13") = y;

	asm goto("addq %2, %0\n\t"
		 "# %3\n\t"
		 "jc %l5"
		 : RW(a), ASM_CALL_CONSTRAINT
		 : "r" (v)
		 : "cc"
		 : carry);
	g1 = a;
	return;
carry:
	g2 = 1;
}
