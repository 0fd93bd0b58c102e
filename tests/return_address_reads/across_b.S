# Another input: `jumper` reads its own return address (which makes this
# object entered anywhere, not across_a.o), then moves `spilled`'s address
# through a vector register, adds its argument and branches there. Asked
# whether this input computes from across_a.o's code, rspill must read on
# past the return address to the branch (before: it stopped there, and
# `spilled`'s restore in across_a.o was claimed redundant).
	.text
	.globl	jumper
	.p2align 4
	.type	jumper,@function
jumper:
	movq	(%rsp), %rdx
	leaq	spilled(%rip), %rax
	movq	%rax, %xmm0
	movq	%rdi, %xmm1
	paddq	%xmm1, %xmm0
	movq	%xmm0, %rax
	jmp	*%rax
	.size	jumper, .-jumper
#include "compiled.inc"
