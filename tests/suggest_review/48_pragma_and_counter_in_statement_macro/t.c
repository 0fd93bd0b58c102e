register unsigned long current_stack_pointer asm("rsp");
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
#define __stringify_1(x) #x
#define __stringify(x) __stringify_1(x)
#define DO(v) \
	_Pragma("GCC diagnostic push") \
	asm volatile("mov %2, %0 # %1 %3 id" __stringify(__COUNTER__) : "+r"(v), ASM_CALL_CONSTRAINT : "r"(b), "i"(42)); \
	_Pragma("GCC diagnostic pop")
void f(void)
{
	register long a asm("r12") = 1;
	register long c asm("r14") = 3;
	register long b asm("r13") = 2;
	DO(a);
	DO(c);
}
