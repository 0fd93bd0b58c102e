register unsigned long current_stack_pointer asm("rsp");
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
#ifndef CONFIG_X
#define EXTRA ""
#endif

int f(int a)
{
	int r;
	asm volatile("# %0 %c2 " EXTRA : "=a" (r), ASM_CALL_CONSTRAINT : "i" (5), "i" (6), "b" (a));
	return r;
}
