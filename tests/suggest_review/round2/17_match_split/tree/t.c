#include "sp.h"
void f(void)
{
	PINS;
	asm volatile("mov %1, %0 # %2" : "=r"(a), ASM_CALL_CONSTRAINT : "" "0"(b));
	USE
}
