register unsigned long current_stack_pointer asm("rsp");
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
long g;
long f(long a, long b, long c)
{
	long x = a, y;
	asm volatile("call g # %0 %1 %3 %4 %5" : "+r"(x), "=r"(y), ASM_CALL_CONSTRAINT : "r"(a), "r"(b), "r"(c) : "memory");
	return x + y;
}
