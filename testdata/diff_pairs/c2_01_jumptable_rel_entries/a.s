# Pair c2_01_jumptable_rel_entries (a.s); class 2-data-via-relocations
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c2_01_jumptable_rel_entries/a.o
#
# Truth (per function):
#   f: changed -- jump table entries 1/2 swapped: f(1)=11 vs 12
#
# clang-style relative switch table in .rodata (.long .LBBx - .LJTI0_0, i.e.
# R_X86_64_PC32 .text+N relocations in .rela.rodata). The code of f is
# byte-identical with identical relocations (.rodata-4); only table entries 1
# and 2 are swapped in B. f(1) returns 11 in A and 12 in B.

	.text
	.globl	f
	.type	f,@function
f:
	cmpl	$3, %edi
	ja	.Ldef
	movl	%edi, %eax
	leaq	.LJTI0_0(%rip), %rcx
	movslq	(%rcx,%rax,4), %rax
	addq	%rcx, %rax
	jmpq	*%rax
.LBB0:
	movl	$10, %eax
	ret
.LBB1:
	movl	$11, %eax
	ret
.LBB2:
	movl	$12, %eax
	ret
.LBB3:
	movl	$13, %eax
	ret
.Ldef:
	xorl	%eax, %eax
	ret
	.size	f, .-f

	.section	.rodata,"a",@progbits
	.p2align	2
.LJTI0_0:
	.long	.LBB0-.LJTI0_0
	.long	.LBB1-.LJTI0_0
	.long	.LBB2-.LJTI0_0
	.long	.LBB3-.LJTI0_0
