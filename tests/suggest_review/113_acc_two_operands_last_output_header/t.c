#include "acc.h"
long f(long x)
{
	long a;
	asm volatile("lea 1(%2), %0 # %1"
		     : "=r"(a), ASM_CALL_CONSTRAINT
		     : "r"(x));
	return a;
}
