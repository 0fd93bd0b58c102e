#include "sp.h"
#define T\u00e9 " %2"
#ifdef FOO
#include "other.h"
#endif
void f(void)
{
	PINS;
	asm volatile("mov %1, %0 #" T\u00e9 : "+r"(a), ASM_CALL_CONSTRAINT : "r"(b));
	USE
}
