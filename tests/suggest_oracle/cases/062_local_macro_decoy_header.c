// site: 062_local_macro_decoy_header.c:14
// truth: FETCH_INS is the local one-input definition (h_ops_decoy.h, never included, has three), so a=0, sp=1, v=2, hidden a=3, hidden sp=4: reorder must give "addq %2, %1 / movq %4, %%rax"; frame-address "addq %1, %0 / movq %3, %%rax".
#include "asmdefs.h"

#define FETCH_INS "r" (v)

long local_macro_decoy_header(long x, long y)
{
	register long a asm("r12") = x;
	register long v asm("r13") = y;

	asm volatile("addq %2, %0\n\t"
		     "movq %3, %%rax"
		     : "+r" (a), ASM_CALL_CONSTRAINT
		     : FETCH_INS
		     : "rax");
	return a;
}
