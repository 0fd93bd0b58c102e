// site: 057_empty_input_macro.c:12
// truth: the input list is the empty macro NO_INPUTS: reorder must turn %0 into %1; frame-address must add the input without a leading comma (": NO_INPUTS, ..." expands to ": , ..." and does not compile).
#include "asmdefs.h"

#define NO_INPUTS

long empty_input_macro(void)
{
	register long r asm("r13");

	asm volatile("movq $5, %0"
		     : "=r" (r), ASM_CALL_CONSTRAINT
		     : NO_INPUTS
		     : "memory");
	return r;
}
