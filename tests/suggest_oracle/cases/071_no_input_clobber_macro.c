// site: 071_no_input_clobber_macro.c:10
// truth: ASM_NO_INPUT_CLOBBER("memory") expands to "i" (0) : "memory", hiding the clobber colon (r=0, sp=1, imm=2): reorder must turn %0 into %1; frame-address must put the new input before that hidden colon (appending after the macro puts it among the clobbers) and turn %c2 into %c1.
#include "asmdefs.h"

long no_input_clobber_macro(void)
{
	register long r asm("r13");

	asm volatile("movq $5, %0 # %c2"
		     : "=r" (r), ASM_CALL_CONSTRAINT
		     : ASM_NO_INPUT_CLOBBER("memory"));
	return r;
}
