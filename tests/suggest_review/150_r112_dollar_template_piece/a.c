register unsigned long current_stack_pointer asm("rsp");
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
#ifdef WIDE
#define $EXTRA "\n\t# sp=%1"
#else
#define $EXTRA ""
#endif
int f(int a)
{
	int r;
	asm volatile("lea 1(%2), %0" $EXTRA : "=r"(r), ASM_CALL_CONSTRAINT : "r"(a));
	return r;
}
