// site: 074_output_param_named_only.c:7
// truth: the operand lists are macro parameters (output, input) whose counts differ between uses, but every reference is by name, so reorder (ASM_CALL_CONSTRAINT before output) and frame-address (drop it, append the input after input) in the macro are correct for both uses.
#include "asmdefs.h"

#define NAMED_CALL(output, input...)				\
	asm volatile("movq %[src], %[dst]"			\
		     : output, ASM_CALL_CONSTRAINT		\
		     : input)

long output_param_named_only(long x, long y)
{
	register long v asm("r12") = x;
	register long w asm("r13") = y;
	register long r asm("r14");
	register long s asm("r15");
	register long t asm("rbx") = 0;

	NAMED_CALL([dst] "=r" (r), [src] "r" (v));
	NAMED_CALL(ASM_OUTPUT2([dst] "=r" (s), [hi] "+r" (t)), [src] "r" (w), [unused] "i" (3));
	return r + s + t;
}
