#include "sp.h"
int f(void)
{
	PINS;
	asm goto("mov %0, %0 # %2 %3 %4 %l5 %l6" : "+r"(a), ASM_CALL_CONSTRAINT : "r"(b) : : l1, l2);
	USE
	return 0;
l1:	return 1;
l2:	return 2;
}
