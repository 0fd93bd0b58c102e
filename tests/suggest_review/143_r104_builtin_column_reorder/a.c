register unsigned long current_stack_pointer asm("rsp");
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
unsigned long slot[256];

unsigned long f(unsigned long x)
{
	unsigned long r;
	asm volatile("mov %3, %0\n\tmov %3, %1\n\tcall foo"
		     : "=&r" (r), "=m" (slot[__builtin_COLUMN()]), ASM_CALL_CONSTRAINT
		     : "r" (x));
	return r;
}
