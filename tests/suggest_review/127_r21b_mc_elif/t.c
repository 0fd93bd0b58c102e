register unsigned long current_stack_pointer asm("rsp");
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
int g, g2, len;
#if defined(A)
#define MC "c"
#elif defined(B)
#define MC "0"
#else
#define MC "c"
#endif
unsigned long f(unsigned long x)
{
	unsigned long y;
	asm volatile("addq %3, %0 # %2" : "=a" (y), ASM_CALL_CONSTRAINT : MC (x), "b" (x)); /*SITE*/
	return y;
}
