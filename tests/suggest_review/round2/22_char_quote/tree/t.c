#include "sp.h"
#define T " %2"
#ifdef FOO
#include "defs.h"
#endif
void f(void)
{
	PINS;
	asm volatile("mov %1, %0 #" T : "+r"(a), ASM_CALL_CONSTRAINT : "r"(b));
	USE
}
