# Pair c6_03_out_of_line_other_section (b.s); class 6-code-outside-stt-func
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c6_03_out_of_line_other_section/b.o
#
# Truth (per function):
#   f: changed -- symbol-less out-of-line path in .text.unlikely differs
#
# f's slow path lives in .text.unlikely under a .L label only (no symbol at
# all): reached via "jne .Lslow" (relocation .text.unlikely-4) and jumping
# back. It loads 1 in A and 2 in B, so f(x!=0) returns 1 vs 2.

	.text
	.globl	f
	.type	f,@function
f:
	testl	%edi, %edi
	jne	.Lslow
	xorl	%eax, %eax
.Lback:
	ret
	.size	f, .-f

	.section	.text.unlikely,"ax",@progbits
.Lslow:
	movl	$2, %eax
	jmp	.Lback
