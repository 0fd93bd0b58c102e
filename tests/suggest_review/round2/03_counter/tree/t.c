#include "sp.h"
#define S(v) #v
#define XS(v) S(v)
#ifdef FOO
static int dummy = __COUNTER__;
#endif
static int dummy2 = __COUNTER__;
static int dummy3 = __COUNTER__;
void f(void)
{
	PINS;
	asm volatile("mov %1, %0 # %" XS(__COUNTER__) : "+r"(a), ASM_CALL_CONSTRAINT : "r"(b));
	USE
}
