// site: 116_two_statements_in_macro.c:9
// truth: the macro holds two statements and only the second uses ASM_CALL_CONSTRAINT (dst=0, sp=1, src=2): reorder must make it "addq %2, %1", frame-address "addq %1, %0", and the first statement ("movq %1, %0") must not change.
#include "asmdefs.h"

#define TWO_STEP(dst, src)					\
do {								\
	asm volatile("movq %1, %0" : "=r" (dst) : "r" (src));	\
	asm volatile("addq %2, %0"				\
		     : "+r" (dst), ASM_CALL_CONSTRAINT	\
		     : "r" (src));				\
} while (0)

long two_statements_in_macro(long x)
{
	register long v asm("r12") = x;
	register long r asm("r13");

	TWO_STEP(r, v);
	return r;
}
