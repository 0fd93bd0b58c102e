#include "sp.h"
#ifdef FOO
#define E a), "+r"(x
#else
#define E a
#endif
void f(void)
{
	PINS;
	asm volatile("mov %1, %0 # %2" : "+r"(E), ASM_CALL_CONSTRAINT : "r"(b));
	USE
}
