#include "sp.h"
#define Té " %2"
#ifdef FOO
#include "other.h"
#endif
void f(void)
{
	PINS;
	asm volatile("mov %1, %0 #" Té : "+r"(a), ASM_CALL_CONSTRAINT : "r"(b));
	USE
}
