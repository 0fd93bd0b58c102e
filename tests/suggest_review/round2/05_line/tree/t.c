#include "sp.h"
void f(void)
{
	PINS;
#line 20
	asm volatile("mov %1, %0 # %2 A" : "+r"(a), ASM_CALL_CONSTRAINT : "r"(b));
	asm volatile("mov %1, %0 # %3 B" : "+r"(a), ASM_CALL_CONSTRAINT : "r"(b));
	USE
}
