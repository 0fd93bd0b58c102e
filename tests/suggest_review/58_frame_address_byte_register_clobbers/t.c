#ifdef __x86_64__
register unsigned long current_stack_pointer asm("rsp");
#else
register unsigned long current_stack_pointer asm("esp");
#endif
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
int g(int *x)
{
	asm volatile("call helper; .ascii \"%0 %2 %3 %4\"" : "+d" (x[0]), ASM_CALL_CONSTRAINT : "S" (x[1]), "D" (x[2]), "r" (x[3]) : "al", "bh", "cl");
	return x[0];
}
