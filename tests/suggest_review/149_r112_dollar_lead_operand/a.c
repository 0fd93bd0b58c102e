register unsigned long current_stack_pointer asm("rsp");
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
#ifdef WIDE
#define $OUT r), "=r"(r2
#else
#define $OUT r
#endif
int f(int a)
{
	int r, r2 = 0;
	asm volatile("lea 1(%2), %0" : "=r"($OUT), ASM_CALL_CONSTRAINT : "r"(a));
	return r + r2;
}
