/* shared call_on_stack() macro, as in testdata/c/call_on_stack_prototypes.c */
register unsigned long current_stack_pointer asm("rsp");
#define ASM_CALL_CONSTRAINT "+r"(current_stack_pointer)
extern long sink;
extern unsigned char other_stack[4096];

#define call_on_stack(func)                                                   \
	do {                                                                  \
		register void *tos asm("r11") = other_stack + sizeof(other_stack) - 8; \
		asm volatile("movq %%rsp, (%[tos])\n\t"                       \
			     "movq %[tos], %%rsp\n\t"                         \
			     "call " #func "\n\t"                             \
			     "popq %%rsp"                                     \
			     : "+r"(tos), ASM_CALL_CONSTRAINT                 \
			     : [tos] "r"(tos)                                 \
			     : "cc", "rax", "rcx", "rdx", "rsi", "rdi", "r8", \
			       "r9", "r10", "memory");                        \
	} while (0)
#ifdef __clang__
#define NOSAN __attribute__((noinline, no_sanitize("kernel-memory")))
#else
#define NOSAN __attribute__((noinline))
#endif
