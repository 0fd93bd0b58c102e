// site: 039_stringified_reg_argument.c:13
// truth: EXT_NOTE(1b, %0) stringifies a reference outside any literal (like _ASM_EXTABLE_TYPE_REG): reorder must make it EXT_NOTE(1b, %1) and the literal %0 a %1; frame-address must make %2 a %1 and leave EXT_NOTE(1b, %0).
#include "asmdefs.h"

#define EXT_NOTE(from, reg) "\n\t# fixup " #from " uses " #reg

long stringified_reg_argument(long x)
{
	register long v asm("r12") = x;
	register long r asm("r13");

	asm volatile("1: movq %2, %0" EXT_NOTE(1b, %0)
		     : "=r" (r), ASM_CALL_CONSTRAINT
		     : "r" (v));
	return r;
}
