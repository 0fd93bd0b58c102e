#include "h.h"
/* this unit needs a second output */
#undef EXTRA_OUT
#define EXTRA_OUT "=r"(c), "=r"(d)
void fb(void)
{
	register long a asm("r12") = 1;
	register long b asm("r13") = 2;
	register long c asm("r14");
	register long d asm("r15");
	DO();
}
