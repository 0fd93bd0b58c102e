// site: 031_template_macro_shared.c:23
// truth: the template is ADD_TMPL, shared with a statement without ASM_CALL_CONSTRAINT where %0 and %2 must stay: reorder needs %0->%1 and frame-address %2->%1 at the site only, so the tool must not edit ADD_TMPL (spell the template out at the site or refuse).
#include "asmdefs.h"

#define ADD_TMPL "addq %2, %0"

long template_macro_shared_other(long x, long y, long z)
{
	register long s asm("rbx") = x;
	register long u asm("rsi") = y;
	register long w asm("rdi") = z;

	asm volatile(ADD_TMPL : "+r" (s) : "r" (u), "r" (w));
	return s;
}

long template_macro_shared(long x, long y)
{
	register long r asm("r12") = x;
	register long v asm("r13") = y;

	asm volatile(ADD_TMPL
		     : "+r" (r), ASM_CALL_CONSTRAINT
		     : "r" (v));
	return r;
}
