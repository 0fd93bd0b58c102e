#ifdef __x86_64__
register unsigned long current_stack_pointer asm("rsp");
#else
register unsigned long current_stack_pointer asm("esp");
#endif
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
#ifdef __x86_64__
#define PINS register long a asm("r12") = 1; register long x asm("r13") = 2; register long b asm("r14") = 3; register long y asm("r15") = 4;
#else
#define PINS register long a asm("esi") = 1; register long x asm("edi") = 2; register long b asm("ebx") = 3; register long y asm("edx") = 4;
#endif
#define USE asm volatile("" :: "r"(a), "r"(x), "r"(b), "r"(y));
