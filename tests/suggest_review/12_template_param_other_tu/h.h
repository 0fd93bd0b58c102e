register unsigned long current_stack_pointer asm("rsp");
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
/* the template is the macro's parameter */
#define DO(tmpl, out, in) \
	asm volatile(tmpl : "+r"(out), ASM_CALL_CONSTRAINT : "r"(in), "i"(42))
