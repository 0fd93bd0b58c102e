register unsigned long current_stack_pointer asm("rsp");
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
#ifdef WIDE
#define $IDX 0]), "=r"(r2[0
#else
#define $IDX 0
#endif
int f(int a)
{
	int r[1], r2[1] = {0};
	asm volatile("lea 1(%2), %0" : "=r"(r[$IDX]), ASM_CALL_CONSTRAINT : "r"(a));
	return r[0] + r2[0];
}
