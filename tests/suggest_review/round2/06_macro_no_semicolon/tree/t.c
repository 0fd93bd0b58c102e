#include "sp.h"
void f(void)
{
	PINS
	asm volatile("mov %1, %0 # %2" : "+r"(a), ASM_CALL_CONSTRAINT : "r"(b));
	USE
}
