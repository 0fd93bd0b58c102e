#ifdef __x86_64__
register unsigned long current_stack_pointer asm("rsp");
#else
register unsigned long current_stack_pointer asm("esp");
#endif
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
/* example_62 with a UTF-8 identifier (C99 extended identifiers). */
static inline unsigned long
copy_user(void *to, const void *from, unsigned long länge)
{
	asm volatile("call rep_movs_alternative # %0 %1 %2"
		     : "+c" (länge), "+D" (to), "+S" (from), ASM_CALL_CONSTRAINT
		     : : "memory", "rax");
	return länge;
}
unsigned long use(void *t, const void *f, unsigned long n) { return copy_user(t, f, n); }
