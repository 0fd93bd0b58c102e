/* Read by 64-bit and 32-bit units; the statement is 64-bit only. */
#ifdef __x86_64__
register unsigned long current_stack_pointer asm("rsp");
#else
register unsigned long current_stack_pointer asm("esp");
#endif
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
#ifdef CONFIG_X86_64
extern long v1, v2, v3, v4, v5;
static inline long op(void)
{
	long a = v1, b = v2, c = v3, d = v4, s = v5;
	asm volatile("# %0 %2 %3 %4 %5 %6 %7"
		     : "+a"(a), ASM_CALL_CONSTRAINT
		     : "b"(b), "c"(c), "d"(d), "S"(s), "D"(v5 + 1), "r"(v4 + 2));
	return a;
}
#else
static inline long op(void) { return 0; }
#endif
