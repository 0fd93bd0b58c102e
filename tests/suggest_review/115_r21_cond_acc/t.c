register unsigned long current_stack_pointer asm("rsp");
int dummy;
#ifndef CONFIG_X
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
#endif

int f(int a)
{
	int r;
	asm volatile("# %0 %c2" : "=a" (r), ASM_CALL_CONSTRAINT : "i" (3), "b" (a));
	return r;
}
