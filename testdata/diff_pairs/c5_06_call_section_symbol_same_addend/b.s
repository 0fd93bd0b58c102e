# Pair c5_06_call_section_symbol_same_addend (b.s); class 5-callee-identity
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c5_06_call_section_symbol_same_addend/b.o
#
# Truth (per function):
#   f: changed -- same section+addend relocation reaches c1 (A) vs c2 (B)
#   c1: identical -- same code, moved
#   c2: identical -- same code, moved
#
# c1 (returns 1) and c2 (returns 2) are static functions in .text.unlikely;
# f calls one of them. The assembler emits the call relocation against the
# SECTION symbol: R_X86_64_PLT32 .text.unlikely-4 in both objects, because in
# A f calls c1 at offset 0 and in B (order swapped) f calls c2 at offset 0.
# Bytes and relocations of f are identical; f returns 11 vs 12.

	.section	.text.unlikely,"ax",@progbits
	.type	c2,@function
c2:
	movl	$2, %eax
	ret
	.size	c2, .-c2

	.type	c1,@function
c1:
	movl	$1, %eax
	ret
	.size	c1, .-c1

	.text
	.globl	f
	.type	f,@function
f:
	call	c2
	addl	$10, %eax
	ret
	.size	f, .-f
