# Pair c12_03_ring_same_reordered (b.s); class 2-data
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c12_03_ring_same_reordered/b.o
#
# Truth (per function):
#   f: identical -- the same three-object ring, laid out in another order in B
#
# r0 -> r1 -> r2 -> r0 (a cycle). f walks r0.next four times (to r1) and
# returns its value, 11 in both. B lays the ring out in another order.

	.text
	.globl	f
	.type	f,@function
f:
	movq	r0(%rip), %rax
	movq	(%rax), %rax
	movq	(%rax), %rax
	movq	(%rax), %rax
	movq	8(%rax), %rax
	ret
	.size	f, .-f
	.section	.rodata,"a"
	.p2align	3
	.type	r2,@object
r2:
	.quad	r0
	.quad	12
	.size	r2, 16
	.type	r0,@object
r0:
	.quad	r1
	.quad	10
	.size	r0, 16
	.type	r1,@object
r1:
	.quad	r2
	.quad	11
	.size	r1, 16
