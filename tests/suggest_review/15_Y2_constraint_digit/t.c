register unsigned long current_stack_pointer asm("rsp");
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
typedef float v4 __attribute__((vector_size(16)));
void f(v4 x)
{
	register long a asm("r12") = 1;
	register long b asm("r13") = 2;
	/* "Y2": clang's x86 "any SSE register" constraint; its 2 is not an operand number */
	asm volatile("mov %0, %2 # %1 %3 %4" : "+r"(a), "+r"(b), ASM_CALL_CONSTRAINT : "Y2"(x), "i"(42));
}
