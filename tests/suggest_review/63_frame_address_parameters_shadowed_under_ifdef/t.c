#ifdef __x86_64__
register unsigned long current_stack_pointer asm("rsp");
#else
register unsigned long current_stack_pointer asm("esp");
#endif
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
void f(unsigned long a, unsigned long b, int c, int d, int e)
{
#ifndef __x86_64__
	unsigned long long a2 = a, b2 = b;
#define a a2
#define b b2
#endif
	asm volatile("call foo # %0 %1 %3 %4 %5" : "+r" (a), "+r" (b), ASM_CALL_CONSTRAINT : "r" (c), "r" (d), "r" (e));
}
