register unsigned long current_stack_pointer asm("rsp");
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
unsigned long slot[64];

unsigned long f(unsigned long x)
{
	unsigned long r;
	asm volatile("mov %3, %0\n\tcall foo\n\tmov %3, %1"
		     : "=&r" (r),
		       "=m" (slot[__builtin_LINE()]),
		       ASM_CALL_CONSTRAINT
		     : "r" (x));
	asm volatile("# line %c0" : : "i" (__builtin_LINE()));
	return r;
}
