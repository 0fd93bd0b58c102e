#include "sp.h"
#define CAT(p, q) p##q
#define XCAT(p, q) CAT(p, q)
#define EXTRA_8
#define EXTRA_4 , "+r"(x)
#define EXTRA XCAT(EXTRA_, __SIZEOF_LONG__)
void f(void)
{
	PINS;
	asm volatile("mov %1, %0 # %2" : "+r"(a) EXTRA, ASM_CALL_CONSTRAINT : "r"(b));
	USE
}
