#define __stringify_1(x...) #x
#define __stringify(x...) __stringify_1(x)
#define NOTE_REG(reg) "\t# note reg=" __stringify(reg) "\n"
register unsigned long current_stack_pointer asm("rsp");
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
long v1, v2;
long f(long x)
{
	long a = v1, b = v2;
	asm volatile("1: mov %2, %0\n\t"
		     NOTE_REG(%0)
		     NOTE_REG(%k2)
		     "call g\n\t"
		     : "+a"(a), ASM_CALL_CONSTRAINT, "=&c"(b)
		     : "D"(x));
	return a + b;
}
