// site: 041_operand_number_macro.c:13
// truth: the digit of "%" SRC_OP is the object-like macro SRC_OP ("2", used only here): frame-address must make that reference %1 (edit SRC_OP or the statement); reorder must only turn %0 into %1.
#include "asmdefs.h"

#define SRC_OP "2"

long operand_number_macro(long x)
{
	register long v asm("r12") = x;
	register long r asm("r13");

	asm volatile("movq %" SRC_OP ", %0"
		     : "=r" (r), ASM_CALL_CONSTRAINT
		     : "r" (v));
	return r;
}
