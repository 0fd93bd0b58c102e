#include "sp.h"
#define Eé a
#ifdef FOO
#include "other.h"
#endif
void f(void)
{
	PINS;
	asm volatile("mov %1, %0 # %2" : "+r"(Eé), ASM_CALL_CONSTRAINT : "r"(b));
	USE
}
