# Pair c15_14_bit_test_past_operand (a.s); class 2-data-bounds
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c15_14_bit_test_past_operand/a.o
#
# Truth (per function):
#   f: changed -- bt with a register offset of 68 tests bit 4 of the dword at byte 8, ta[2]: 16 (bit set) vs 0 (clear)
#
# bt %esi, (%rcx) addresses bit 68 of the bit string at ta: the dword
# ta[2], not the dword the operand names.

	.text
	.globl	f
	.type	f,@function
f:
	movl	$68, %esi
	leaq	ta(%rip), %rcx
	btl	%esi, (%rcx)
	setc	%al
	ret
	.size	f, .-f
	.section	.rodata,"a"
	.p2align	4
ta:
	.long	3, 1, 16, 1, 5, 9, 2, 6
tb:
	.long	2, 7, 1, 8, 2, 8, 1, 8
