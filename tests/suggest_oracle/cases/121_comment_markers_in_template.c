// site: 121_comment_markers_in_template.c:10
// truth: the template holds "//" and "/*" inside the string on the same line as the operands (r=0, sp=1, v=2): reorder must give "movq %2, %1 # // ok /* x", frame-address "movq %1, %0 # // ok /* x".
#include "asmdefs.h"

long comment_markers_in_template(long x)
{
	register long v asm("r12") = x;
	register long r asm("r13");

	asm volatile("movq %2, %0 # // ok /* x" : "=r" (r), ASM_CALL_CONSTRAINT : "r" (v));
	return r;
}
