#ifndef __x86_64__
#include "widen.h"
#endif
#ifdef __x86_64__
register unsigned long current_stack_pointer asm("rsp");
#else
register unsigned int current_stack_pointer asm("esp");
#endif
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
void f(unsigned long a, unsigned long b, int c, int d, int e)
{
	asm volatile("call foo # %0 %1 %3 %4 %5" : "+r" (a), "+r" (b), ASM_CALL_CONSTRAINT : "r" (c), "r" (d), "r" (e));
}
