// site: 030_template_object_macro.c:14
// truth: half the template is the object-like macro LOAD_TMPL (used only here): reorder must make its %0 and the literal %0 both %1; frame-address must make its %2 a %1 and the literal %3 a %2.
#include "asmdefs.h"

#define LOAD_TMPL "movq %2, %0\n\t"

long template_object_macro(long x, long y)
{
	register long v asm("r12") = x;
	register long w asm("r13") = y;
	register long r asm("r14");

	asm volatile(LOAD_TMPL "addq %3, %0"
		     : "=r" (r), ASM_CALL_CONSTRAINT
		     : "r" (v), "r" (w));
	return r;
}
