// site: 070_output_macro_with_acc.c:13
// truth: ASM_CALL_CONSTRAINT sits inside THUNK_OUTS(ret) (used only here), ret=0, sp=1, v=2: reorder must put it first inside THUNK_OUTS and give "movq %2, %1"; frame-address must drop it from THUNK_OUTS, append the input after "r" (v) and give "movq %1, %0".
#include "asmdefs.h"

#define THUNK_OUTS(r) "=a" (r), ASM_CALL_CONSTRAINT

long output_macro_with_acc(long x)
{
	register long v asm("r12") = x;
	long ret;

	asm volatile("movq %2, %0"
		     : THUNK_OUTS(ret)
		     : "r" (v));
	return ret;
}
