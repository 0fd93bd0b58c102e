// site: 029_template_macro_param.c:7
// truth: the template is the tmpl argument of THUNK_OP at each call site: reorder needs "movq %2, %1" and "leaq 8(%2), %1" there and frame-address "movq %1, %0" and "leaq 8(%1), %0"; an edit of the macro alone cannot be correct, so the tool must edit the call sites or refuse.
#include "asmdefs.h"

#define THUNK_OP(tmpl, out, in)					\
	asm volatile(tmpl					\
		     : "=r" (out), ASM_CALL_CONSTRAINT	\
		     : "r" (in))

long template_macro_param(long x, long y)
{
	register long v asm("r12") = x;
	register long w asm("r13") = y;
	register long r asm("r14");
	register long s asm("r15");

	THUNK_OP("movq %2, %0", r, v);
	THUNK_OP("leaq 8(%2), %0", s, w);
	return r + s;
}
