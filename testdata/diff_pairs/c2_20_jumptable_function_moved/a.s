# Pair c2_20_jumptable_function_moved (a.s); class 2-data-via-relocations
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c2_20_jumptable_function_moved/a.o
#
# Truth (per function):
#   f: identical -- f and its table moved together; entries reach the same blocks
#   g: identical -- same code, different place
#
# Same relative jump table as c2_01 in both. In B, g is emitted before f, so f
# moves within .text and every table relocation addend (.text+N) shifts by
# g's size. Relative to f the entries reach the same blocks. Truth: identical.

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


	.globl	g
	.type	g,@function
g:
	leal	-1(%rdi), %eax
	ret
	.size	g, .-g

	.section	.rodata,"a",@progbits
	.p2align	2
.LJTI0_0:
	.long	.LBB0-.LJTI0_0
	.long	.LBB1-.LJTI0_0
	.long	.LBB2-.LJTI0_0
	.long	.LBB3-.LJTI0_0
