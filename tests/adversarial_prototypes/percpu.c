/*
 * The kernel's shape: the new stack's top comes from a per-cpu pointer
 * (%gs:hardirq_stack_ptr) -- and so does the callee's way to the cell.
 * irq_clobber(void) writes the word at the per-cpu stack top.
 * irq_nest(void) switches to the same per-cpu stack again (what the kernel
 * prevents with hardirq_stack_inuse; here nothing prevents it).
 */
#include "common.h"
extern void * __seg_gs hardirq_stack_ptr;
long irq_depth;

#define call_on_irqstack(func)                                                \
	do {                                                                  \
		register void *tos asm("r11") = hardirq_stack_ptr;            \
		asm volatile("movq %%rsp, (%[tos])\n\t"                       \
			     "movq %[tos], %%rsp\n\t"                         \
			     "call " #func "\n\t"                             \
			     "popq %%rsp"                                     \
			     : "+r"(tos), ASM_CALL_CONSTRAINT                 \
			     : [tos] "r"(tos)                                 \
			     : "cc", "rax", "rcx", "rdx", "rsi", "rdi", "r8", \
			       "r9", "r10", "memory");                        \
	} while (0)

NOSAN void irq_clobber(void) { *(long *)hardirq_stack_ptr = 0x6060; }
void on_irq_clobber(void) { call_on_irqstack(irq_clobber); }

void on_irq_nest(void);
NOSAN void irq_nest(void) { if (irq_depth++ == 0) on_irq_nest(); }
void on_irq_nest(void) { call_on_irqstack(irq_nest); }
