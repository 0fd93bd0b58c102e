# Pair c12_06_one_constant_vs_two_equal_ones (a.s); class 2-data
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c12_06_one_constant_vs_two_equal_ones/a.o
#
# Truth (per function):
#   f: changed -- &s1 == &s2: one object in A (1), two equal objects in B (0)
#
# s1 and s2 are one object in A (two symbols at one place) and two objects
# with the same content in B. f compares their addresses: 1 in A, 0 in B.

	.text
	.globl	f
	.type	f,@function
f:
	leaq	s1(%rip), %rax
	leaq	s2(%rip), %rcx
	xorl	%edx, %edx
	cmpq	%rcx, %rax
	sete	%dl
	movl	%edx, %eax
	ret
	.size	f, .-f
	.section	.rodata,"a"
	.p2align	3
	.type	s1,@object
s1:
	.type	s2,@object
s2:
	.quad	42
	.size	s1, 8
	.size	s2, 8
