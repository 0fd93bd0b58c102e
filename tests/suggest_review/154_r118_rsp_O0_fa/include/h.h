#ifndef H_H
#define H_H
#ifdef __x86_64__
register unsigned long current_stack_pointer asm("rsp");
#else
register unsigned long current_stack_pointer asm("esp");
#endif
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
#ifdef __x86_64__
static inline void op(long *p)
{
	asm volatile("call g # %0 %1 %2 %3 %4 %5 %6 %7 %8 %9 %10 %11 %13 %14"
		: "+r"(p[0]), "+r"(p[1]), "+r"(p[2]), "+r"(p[3]), "+r"(p[4]), "+r"(p[5]), "+r"(p[6]), "+r"(p[7]), "+r"(p[8]), "+r"(p[9]), "+r"(p[10]), "+r"(p[11]), ASM_CALL_CONSTRAINT
		: "r"(p), "r"(p+1));
}
#else
static inline void op(long *p) { (void)p; }
#endif
#endif
