register unsigned long current_stack_pointer asm("rsp");
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
#define XCHG_TMPL "mov %1, %0 # %2 %3"
static inline void f(void)
{
	register long a asm("r12") = 1;
	register long b asm("r13") = 2;
	asm volatile(XCHG_TMPL : "+r"(a), ASM_CALL_CONSTRAINT : "r"(b), "i"(42));
}
