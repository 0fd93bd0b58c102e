register unsigned long current_stack_pointer asm("rsp");
extern unsigned long stack_guard;
#if defined(CONFIG_GUARD)
# define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer), "+m" (stack_guard)
#else
# define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
#endif
