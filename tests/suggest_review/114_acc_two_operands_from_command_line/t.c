register unsigned long current_stack_pointer asm("rsp");
unsigned long shadow;
#ifndef ASM_CALL_CONSTRAINT
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
#endif
void g(void);
void f(long x)
{
	long a = x;
	asm volatile("call g # %0 %1 %2" : "+r"(a), ASM_CALL_CONSTRAINT : "r"(x));
}
