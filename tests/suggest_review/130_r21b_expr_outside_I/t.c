register unsigned long current_stack_pointer asm("rsp");
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
int g, g2, len;
#include <lencfg.h>
int f(int x)
{
	int y;
	asm volatile("# %0 %1 %3 %4" : "=a" (y), "=m" (len), ASM_CALL_CONSTRAINT : "b" (x), "m" (g) : "ecx"); /*SITE*/
	return y;
}
