register unsigned long current_stack_pointer asm("rsp");
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)

unsigned long f(unsigned long x)
{
	unsigned long r, s;
	asm volatile("mov %3, %0\n\tmov %3, %2\n\tcall foo"
		     : "=&r" (r), ASM_CALL_CONSTRAINT, "=&r" (s)
		     : "r" (x));
	return r + s;
}
