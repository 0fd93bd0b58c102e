#include "sp.h"
#define CAT(p, q) p##q
#define XCAT(p, q) CAT(p, q)
#define E_8 a
#define E_4 a), "+r"(x
#define E XCAT(E_, __SIZEOF_LONG__)
void f(void)
{
	PINS;
	asm volatile("mov %1, %0 # %2" : "+r"(E), ASM_CALL_CONSTRAINT : "r"(b));
	USE
}
