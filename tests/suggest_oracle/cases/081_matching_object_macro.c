// site: 081_matching_object_macro.c:14
// truth: TIE_A is the object-like macro "0" used as a constraint (a=0, sp=1, x=2, w=3): reorder must make the tie "1" and give "addq %3, %2 / # %1"; frame-address keeps "0" and gives "addq %2, %1 / # %0".
#include "asmdefs.h"

#define TIE_A "0"

long matching_object_macro(long x, long y)
{
	register long w asm("r13") = y;
	register long a asm("r12");

	asm volatile("addq %3, %2\n\t"
		     "# %0"
		     : "=r" (a), ASM_CALL_CONSTRAINT
		     : TIE_A (x), "r" (w));
	return a;
}
