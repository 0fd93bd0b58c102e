#include "sp.h"
void f(void)
{
	PINS;
	asm volatile("mov %1, %0 # %2"
		     : "+r"(a),
#ifdef __i386__
		       "+r"(x),
#endif
		       ASM_CALL_CONSTRAINT : "r"(b));
	USE
}
