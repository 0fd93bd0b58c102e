#include "sp.h"
#define ASMV asm volatile
#define TPL "mov %1, %0 # %2 %3"
void f(void)
{
	PINS;
	ASMV(TPL : "+r"(a), ASM_CALL_CONSTRAINT : "r"(b));
	USE
}
