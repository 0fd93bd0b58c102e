#ifndef H_H
#define H_H
#include "h.h"
#include "h2.h"
register unsigned long current_stack_pointer asm("rsp");
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
#define EXTRA_OUT "=r"(c)
static inline
void f(void)
{
	register long a asm("r12") = 1;
	register long b asm("r13") = 2;
	register long c asm("r14");
	register long d asm("r15");
	(void)d;
	asm volatile("mov %1, %0 # %2 %3 %4" : "+r"(a), EXTRA_OUT, ASM_CALL_CONSTRAINT : "r"(b), "i"(42));
}
#endif
