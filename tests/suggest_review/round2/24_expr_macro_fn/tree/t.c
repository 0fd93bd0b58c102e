#include "sp.h"
#define ID(v) v
#define COMMA ,
#ifdef FOO
#define XTRA ), "+r"(x
#else
#define XTRA
#endif
void f(void)
{
	PINS;
	asm volatile("mov %1, %0 # %2" : "+r"(ID(a) XTRA), ASM_CALL_CONSTRAINT : "r"(b));
	USE
}
