#include "sp.h"
void f(void)
{
	PINS;
	asm volatile("mov %1, %0 # %%1 %%%1 %=%0 %c3 %%%%2 %a2" : "+r"(a), ASM_CALL_CONSTRAINT : "r"(b), "i"(77));
	USE
}
