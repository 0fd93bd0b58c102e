#include "sp.h"
#define NM x
void f(void)
{
	PINS;
	asm volatile("mov %[x], %1 # %[b] %2 %3 %[NM]" : [x] "+r"(a), ASM_CALL_CONSTRAINT : [b] "r"(b), [NM] "r"(y));
	USE
}
