register unsigned long current_stack_pointer asm("rsp");
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
long sink1, sink2;
static inline long probe(long b_val)
{
	long ret;
	register long b asm("r13") = b_val;
	asm("# probe %0 %2" : "=r"(ret), ASM_CALL_CONSTRAINT : "r"(b));
	return ret;
}
void f(void)
{
	sink1 = probe(2);	/* two calls: two asm statements */
	sink2 = probe(2);
}
