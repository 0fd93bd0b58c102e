/*
 * Ordinary code, the spill/reload/restore written as inline asm inside a C
 * function (so the caller has DWARF too): a copy of %rsp is stored at
 * 0(%rsp), the callee is called, the copy is reloaded and written to %rsp.
 * The word at 0(%rsp) at the call is where the callee's first stack argument
 * would be.
 */
#include "common.h"
NOSAN void plain(long a) { sink = a; }
NOSAN void seven(long a, long b, long c, long d, long e, long f, long g) { sink = a + g; }
__attribute__((naked)) void naked_w(long a) { asm("movq $0x5353, 8(%rsp)\n\tret"); }

#define SPILL_CALL(callee)                                                     \
	asm volatile("subq $8, %%rsp\n\t"                                      \
		     "movq %%rsp, %%rax\n\t"                                   \
		     "movq %%rax, (%%rsp)\n\t"                                 \
		     "call " #callee "\n\t"                                    \
		     "movq (%%rsp), %%rax\n\t"                                 \
		     "movq %%rax, %%rsp\n\t"                                   \
		     "addq $8, %%rsp"                                          \
		     : ASM_CALL_CONSTRAINT                                     \
		     :                                                         \
		     : "cc", "rax", "rcx", "rdx", "rsi", "rdi", "r8", "r9",    \
		       "r10", "r11", "memory")
void sp_plain(void) { SPILL_CALL(plain); }
void sp_seven(void) { SPILL_CALL(seven); }
void sp_naked(void) { SPILL_CALL(naked_w); }
void sp_undef(void) { SPILL_CALL(undefined_fn); }
