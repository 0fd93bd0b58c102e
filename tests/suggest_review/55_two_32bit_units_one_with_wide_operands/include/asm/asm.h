#ifndef _ASM_ASM_H
#define _ASM_ASM_H
#ifdef __x86_64__
register unsigned long current_stack_pointer asm("rsp");
#else
register unsigned long current_stack_pointer asm("esp");
#endif
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
#define __stringify_1(x...) #x
#define __stringify(x...) __stringify_1(x)
#endif
