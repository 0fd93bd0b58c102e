# Pair c15_16_pointer_walked_in_a_loop (a.s); class 2-data-bounds
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c15_16_pointer_walked_in_a_loop/a.o
#
# Truth (per function):
#   f: changed -- f sums edi words from ta on: edi = 11 reads tb[2], 1 vs 100
#
# A loop advances the pointer 4 bytes per iteration: how far it reads
# depends on the argument.

	.text
	.globl	f
	.type	f,@function
f:
	leaq	ta(%rip), %rcx
	xorl	%eax, %eax
.Lloop:
	addl	(%rcx), %eax
	addq	$4, %rcx
	decl	%edi
	jne	.Lloop
	ret
	.size	f, .-f
	.section	.rodata,"a"
	.p2align	4
ta:
	.long	3, 1, 4, 1, 5, 9, 2, 6
tb:
	.long	2, 7, 1, 8, 2, 8, 1, 8
