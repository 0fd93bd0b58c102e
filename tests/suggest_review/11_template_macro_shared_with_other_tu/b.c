#include "h.h"
/* another statement reusing the template, with no ASM_CALL_CONSTRAINT */
void fb(void)
{
	register long x asm("rbx") = 5;
	register long y asm("r15") = 6;
	asm volatile(XCHG_TMPL : "+r"(x) : "r"(y), "i"(7), "i"(8));
}
