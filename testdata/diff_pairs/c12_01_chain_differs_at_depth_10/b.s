# Pair c12_01_chain_differs_at_depth_10 (b.s); class 2-data
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c12_01_chain_differs_at_depth_10/b.o
#
# Truth (per function):
#   f: changed -- the tenth object of a pointer chain holds 7 in A and 8 in B
#
# f follows a chain of ten read-only objects n0 -> n1 -> ... -> n9 and returns
# the last one's value. A's n9 holds 7, B's 8: f returns 7 vs 8.
# (A chain deeper than any fixed nesting limit of a recursive comparison.)

	.text
	.globl	f
	.type	f,@function
f:
	movq	n0(%rip), %rax
	movq	(%rax), %rax
	movq	(%rax), %rax
	movq	(%rax), %rax
	movq	(%rax), %rax
	movq	(%rax), %rax
	movq	(%rax), %rax
	movq	(%rax), %rax
	movq	(%rax), %rax
	movq	(%rax), %rax
	ret
	.size	f, .-f
	.section	.rodata,"a"
	.p2align	3
	.type	n0,@object
n0:
	.quad	n1
	.size	n0, 8
	.type	n1,@object
n1:
	.quad	n2
	.size	n1, 8
	.type	n2,@object
n2:
	.quad	n3
	.size	n2, 8
	.type	n3,@object
n3:
	.quad	n4
	.size	n3, 8
	.type	n4,@object
n4:
	.quad	n5
	.size	n4, 8
	.type	n5,@object
n5:
	.quad	n6
	.size	n5, 8
	.type	n6,@object
n6:
	.quad	n7
	.size	n6, 8
	.type	n7,@object
n7:
	.quad	n8
	.size	n7, 8
	.type	n8,@object
n8:
	.quad	n9
	.size	n8, 8
	.type	n9,@object
n9:
	.quad	8
	.size	n9, 8
