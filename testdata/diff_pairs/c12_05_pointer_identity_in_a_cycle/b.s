# Pair c12_05_pointer_identity_in_a_cycle (b.s); class 2-data
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c12_05_pointer_identity_in_a_cycle/b.o
#
# Truth (per function):
#   f: changed -- x.next.next == &x: true in A (x <-> y), false in B (y points at z, a copy of x)
#
# A: x -> y -> x. B: x -> y -> z -> y, where z has x's content (it points at
# y). Every chain of loads reads the same values, but f compares the address
# it reaches with &x: 1 in A, 0 in B.

	.text
	.globl	f
	.type	f,@function
f:
	movq	x(%rip), %rax
	movq	(%rax), %rax
	leaq	x(%rip), %rcx
	xorl	%edx, %edx
	cmpq	%rcx, %rax
	sete	%dl
	movl	%edx, %eax
	ret
	.size	f, .-f
	.section	.rodata,"a"
	.p2align	3
	.type	x,@object
x:
	.quad	y
	.size	x, 8
	.type	y,@object
y:
	.quad	z
	.size	y, 8
	.type	z,@object
z:
	.quad	y
	.size	z, 8
