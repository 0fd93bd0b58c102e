/*
 * The DWARF prototype found for FUNC does not describe the code that runs.
 */
#include "common.h"

/* D: naked function: DWARF says evil_naked(long), the body writes the cell */
__attribute__((naked, noinline)) void evil_naked(long a)
{
	asm("movq $0x4444, 8(%rsp)\n\tret");
}
void on_naked(void) { call_on_stack(evil_naked); }

/* E: C function renamed by an asm label; the symbol `one` is asm code */
NOSAN void one(long a) asm("one_c");
NOSAN void one(long a) { sink = a; }
asm(".pushsection .text.one_asm,\"ax\",@progbits\n"
    ".globl one\n.type one,@function\n"
    "one:\n\tmovq $0x4545, 8(%rsp)\n\tret\n.size one, .-one\n.popsection");
void on_label(void) { call_on_stack(one); }

/* G: call to a symbol + addend that lands on another function */
NOSAN void first(long a) { sink = a; }
NOSAN void second(long a, long b, long c, long d, long e, long f, long g)
{
	sink = a + g;
	*(volatile long *)&g = 0x4646;	/* writes its stack argument, the cell */
}
void on_addend(void)
{
	register void *tos asm("r11") = other_stack + sizeof(other_stack) - 8;
	asm volatile("movq %%rsp, (%[tos])\n\t"
		     "movq %[tos], %%rsp\n\t"
		     "call first+(second-first)\n\t"
		     "popq %%rsp"
		     : "+r"(tos), ASM_CALL_CONSTRAINT
		     : [tos] "r"(tos)
		     : "cc", "rax", "rcx", "rdx", "rsi", "rdi", "r8",
		       "r9", "r10", "memory");
}
