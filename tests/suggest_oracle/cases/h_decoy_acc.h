/* Decoy: never included by any case. */
#ifndef H_DECOY_ACC_H
#define H_DECOY_ACC_H
register unsigned long current_stack_pointer asm("rsp");
extern long sp_mark;
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer), "=m" (sp_mark)
#endif
