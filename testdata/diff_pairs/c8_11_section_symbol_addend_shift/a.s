# Pair c8_11_section_symbol_addend_shift (a.s); class 8-noise
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c8_11_section_symbol_addend_shift/a.o
#
# Truth (per function):
#   f: identical -- same callee reached via a different section addend
#   c1: identical -- same code, moved
#   c2: identical -- same code, moved
#
# Counterpart of c5_06: static c1/c2 in .text.unlikely, order swapped in B,
# and f calls c1 in both. The relocation is against the section symbol with
# a different addend (.text.unlikely-4 vs .text.unlikely+2), but it reaches
# the same function. Truth: all identical.

	.section	.text.unlikely,"ax",@progbits
	.type	c1,@function
c1:
	movl	$1, %eax
	ret
	.size	c1, .-c1

	.type	c2,@function
c2:
	movl	$2, %eax
	ret
	.size	c2, .-c2

	.text
	.globl	f
	.type	f,@function
f:
	call	c1
	addl	$10, %eax
	ret
	.size	f, .-f
