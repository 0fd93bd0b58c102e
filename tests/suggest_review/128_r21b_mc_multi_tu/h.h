register unsigned long current_stack_pointer asm("rsp");
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
static inline unsigned long f(unsigned long x)
{
	unsigned long y;
	asm volatile("addq %3, %0 # %2" : "=a" (y), ASM_CALL_CONSTRAINT : MC (x), "b" (x)); /*SITE*/
	return y;
}
