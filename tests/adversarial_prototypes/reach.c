/*
 * Callees with a clean prototype (no stack argument) that still write the
 * cell: the cell is the top word of other_stack, a global array, so it is
 * reachable by name, through a pointer argument, by a nested switch to the
 * same stack, or relative to the callee's own frame.
 */
#include "common.h"

/* A: writes the cell through the global array's name */
NOSAN void clobber_global(void) { ((long *)other_stack)[511] = 0x4141; }
void on_clobber_global(void) { call_on_stack(clobber_global); }

/* B: nested use of the same stack (the kernel guards this with an in-use flag) */
long depth;
void on_nested(void);
NOSAN void nest(void) { if (depth++ == 0) on_nested(); }
void on_nested(void) { call_on_stack(nest); }

/* O: writes the word above its return address (frame-relative) */
NOSAN __attribute__((optnone)) void above_ra(void)
{
	*(long *)((char *)__builtin_frame_address(0) + 16) = 0x4242;
}
void on_above_ra(void) { call_on_stack(above_ra); }

/* C: the asm hands the callee a pointer to the cell in %rdi */
NOSAN void write_arg(long *p) { *p = 0x4343; }
void on_ptr_arg(void)
{
	register void *tos asm("r11") = other_stack + sizeof(other_stack) - 8;
	asm volatile("movq %%rsp, (%[tos])\n\t"
		     "movq %[tos], %%rsp\n\t"
		     "movq %[tos], %%rdi\n\t"
		     "call write_arg\n\t"
		     "popq %%rsp"
		     : "+r"(tos), ASM_CALL_CONSTRAINT
		     : [tos] "r"(tos)
		     : "cc", "rax", "rcx", "rdx", "rsi", "rdi", "r8",
		       "r9", "r10", "memory");
}
