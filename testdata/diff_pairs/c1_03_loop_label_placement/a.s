# Pair c1_03_loop_label_placement (a.s); class 1-control-flow
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c1_03_loop_label_placement/a.o
#
# Truth (per function):
#   f: changed -- loop head moved: sum 1..x (A) vs x (B)
#
# Same six instructions in the same order; only the loop-head label moves.
# A: loop body is "add; dec; jg" -> returns x + (x-1) + ... + 1 for x > 0.
# B: loop body is "dec; jg" only -> the add runs once, returns x.

	.text
	.globl	f
	.type	f,@function
f:
	xorl	%eax, %eax
.Ltop:
	addl	%edi, %eax
	decl	%edi
	jg	.Ltop
	ret
	.size	f, .-f
