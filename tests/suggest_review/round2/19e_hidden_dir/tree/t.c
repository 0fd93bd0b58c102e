#include "sp.h"
#define E a
#ifdef FOO
#include ".cfg/defs.h"
#endif
void f(void)
{
	PINS;
	asm volatile("mov %1, %0 # %2" : "+r"(E), ASM_CALL_CONSTRAINT : "r"(b));
	USE
}
