#ifdef __x86_64__
register unsigned long current_stack_pointer asm("rsp");
#else
register unsigned long current_stack_pointer asm("esp");
#endif
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
int h(int *x, int a, int b, int c)
{
	asm volatile("call helper" : "+a" (x[0]), ASM_CALL_CONSTRAINT : "d" (x[1]) : "ebp", "memory");
	return a + b + c;
}
