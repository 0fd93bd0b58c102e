# Pair c12_04_ring_member_differs (b.s); class 2-data
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c12_04_ring_member_differs/b.o
#
# Truth (per function):
#   f: changed -- the ring member f ends on holds 11 in A and 13 in B
#
# r0 -> r1 -> r2 -> r0. f walks to r1 (after going round once) and returns
# its value: 11 in A, 13 in B.

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
	.type	r0,@object
r0:
	.quad	r1
	.quad	10
	.size	r0, 16
	.type	r1,@object
r1:
	.quad	r2
	.quad	13
	.size	r1, 16
	.type	r2,@object
r2:
	.quad	r0
	.quad	12
	.size	r2, 16
