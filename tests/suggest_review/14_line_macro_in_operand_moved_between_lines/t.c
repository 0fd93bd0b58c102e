register unsigned long current_stack_pointer asm("rsp");
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
long tab[64];
void f(void)
{
	register long b asm("r13") = 2;
	asm volatile("mov %2, %0 # %1"
		     : "=m"(tab[__LINE__]),
		       ASM_CALL_CONSTRAINT
		     : "r"(b));
}
