// site: 080_matching_in_fn_macro.c:15
// truth: TIED_TO_B(x) expands to "1" (x), a matching constraint hidden in a macro (a=0, b=1, sp=2, x=3, w=4): reorder must make it "2" (edit the macro or expand it) and give "movq %3, %1 / addq %4, %2"; frame-address keeps "1" and gives "movq %2, %0 / addq %3, %1".
#include "asmdefs.h"

#define TIED_TO_B(v) "1" (v)

long matching_in_fn_macro(long x, long y)
{
	register long w asm("r14") = y;
	register long a asm("r12");
	register long b asm("r13");

	asm volatile("movq %3, %0\n\t"
		     "addq %4, %1"
		     : "=r" (a), "=r" (b), ASM_CALL_CONSTRAINT
		     : TIED_TO_B(x), "r" (w));
	return a + b;
}
