#ifndef H_H
#define H_H
#ifdef __x86_64__
register unsigned long current_stack_pointer asm("rsp");
#else
register unsigned long current_stack_pointer asm("esp");
#endif
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
#ifndef NO_OP
static inline void op(long *p, long a, long b)
{
	asm volatile("call g # %0 %1 %2 %3 %4 %6 %7"
		: "+r"(p[0]), "+r"(p[1]), "+r"(p[2]), "+r"(p[3]), "+r"(p[4]), ASM_CALL_CONSTRAINT
		: "r"(a), "r"(b));
}
#else
static inline void op(long *p, long a, long b) { }
#endif
#endif
