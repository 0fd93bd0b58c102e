#include "h.h"
void fb(void)
{
	register long a asm("r12") = 1;
	register long b asm("r13") = 2;
	DO("mov %2, %0 # %1 %3 %4", a, b);
}
