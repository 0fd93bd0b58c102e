/* Included by 124_acc_in_shared_header_ifdef.c: ASM_CALL_CONSTRAINT chosen under #ifdef. */
#ifndef H_ACC_IFDEF_H
#define H_ACC_IFDEF_H

#ifdef CONFIG_RSPILL_OLD_SP
register unsigned long current_stack_pointer asm("rsp");
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer), "=m" (__old_sp_mark)
#else
register unsigned long __sp asm("rsp");
#define ASM_CALL_CONSTRAINT "+r" (__sp)
#endif

#endif
