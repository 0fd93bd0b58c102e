#include "sp.h"
#define S(v) #v
#define XS(v) S(v)
#ifdef FOO
static int dummy = __COUNTER__;
static int dummy1 = __COUNTER__;
#endif
void f(void)
{
	PINS;
	asm volatile("mov %0, %0 # %" XS(__COUNTER__) : "+r"(a), ASM_CALL_CONSTRAINT : "r"(b));
	USE
}
