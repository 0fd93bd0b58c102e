#include "sp.h"
#define S(v) #v
#define XS(v) S(v)
#define HDR(n) S(defs_##n.h)
#define XHDR(n) HDR(n)
#include XHDR(__SIZEOF_LONG__)
void f(void)
{
	PINS;
	asm volatile("mov %0, %0 #" T : "+r"(a), ASM_CALL_CONSTRAINT : "r"(b));
	USE
}
