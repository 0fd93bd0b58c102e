#include "sp.h"
#define TWO(t1, t2) asm volatile(t1 : "+r"(a), ASM_CALL_CONSTRAINT : "r"(b)); asm volatile(t2 : "+r"(x), ASM_CALL_CONSTRAINT : "r"(y))
void f(void)
{
	PINS;
	TWO("mov %1, %0 # %2", "mov %0, %0 # %3");
	USE
}
