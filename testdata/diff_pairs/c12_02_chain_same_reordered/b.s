# Pair c12_02_chain_same_reordered (b.s); class 2-data
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c12_02_chain_same_reordered/b.o
#
# Truth (per function):
#   f: identical -- the same ten-object chain, laid out in another order in B
#
# f follows n0 -> ... -> n9 and returns 7 in both. B lays the objects out in
# reverse order: only addresses differ.

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
	.type	n9,@object
n9:
	.quad	7
	.size	n9, 8
	.type	n8,@object
n8:
	.quad	n9
	.size	n8, 8
	.type	n7,@object
n7:
	.quad	n8
	.size	n7, 8
	.type	n6,@object
n6:
	.quad	n7
	.size	n6, 8
	.type	n5,@object
n5:
	.quad	n6
	.size	n5, 8
	.type	n4,@object
n4:
	.quad	n5
	.size	n4, 8
	.type	n3,@object
n3:
	.quad	n4
	.size	n3, 8
	.type	n2,@object
n2:
	.quad	n3
	.size	n2, 8
	.type	n1,@object
n1:
	.quad	n2
	.size	n1, 8
	.type	n0,@object
n0:
	.quad	n1
	.size	n0, 8
