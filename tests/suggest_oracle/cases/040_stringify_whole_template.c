// site: 040_stringify_whole_template.c:11
// truth: the whole template is __stringify(movq %2, %0), text outside any literal: reorder must turn the stringified %0 into %1, frame-address the stringified %2 into %1.
#include "asmdefs.h"

long stringify_whole_template(long x)
{
	register long v asm("r12") = x;
	register long r asm("r13");

	asm volatile(__stringify(movq %2, %0)
		     : "=r" (r), ASM_CALL_CONSTRAINT
		     : "r" (v));
	return r;
}
