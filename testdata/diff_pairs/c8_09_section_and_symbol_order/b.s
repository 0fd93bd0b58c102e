# Pair c8_09_section_and_symbol_order (b.s); class 8-noise
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c8_09_section_and_symbol_order/b.o
#
# Truth (per function):
#   f: identical -- same code/data; section and symbol indices differ
#   g: identical -- same code; symbol index differs
#
# Same functions and data. B emits .rodata before .text and first mentions
# the external symbols in the opposite order (a .globl list at the top), so
# section indices and symbol-table indices differ. Code, relocation targets
# and data are the same.
# Truth: identical.

	.globl	ext_b
	.globl	ext_a
	.section	.rodata
	.p2align	2
.Ltab:
	.long	5, 6, 7, 8

	.text
	.globl	f
	.type	f,@function
f:
	leaq	.Ltab(%rip), %rax
	movl	(%rax,%rdi,4), %edi
	jmp	ext_a
	.size	f, .-f

	.globl	g
	.type	g,@function
g:
	jmp	ext_b
	.size	g, .-g
