register unsigned long current_stack_pointer asm("rsp");
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
#define EXTRA_OUT "=r"(c)
#define DO() \
	asm volatile("mov %1, %0 # %2 %3 %4" : "+r"(a), EXTRA_OUT, ASM_CALL_CONSTRAINT : "r"(b), "i"(42))
