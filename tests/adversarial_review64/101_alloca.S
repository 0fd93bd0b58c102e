#include "../adversarial_review63/spilled.inc"

	.globl jumper
	.type jumper,@function
jumper:
	pushq	%rbp
	movq	%rsp, %rbp
	subq	$0x20, %rsp
	movq	(%rsi), %rdx
	subq	(%rsi), %rdx
	subq	%rdx, %rsp
	subq	$0x10, %rsp
	movq	(%rsi), %rcx
	movq	%rcx, 0x8(%rsp)
	movq	(%rsi), %rax
	addq	$0xf, %rax
	movq	%rax, -0x28(%rbp)
	movq	0x8(%rsp), %rcx
	jmpq	*%rcx
	.size jumper, .-jumper

	.ident "clang version 19.1.7"
	.section ".note.GNU-stack","",@progbits
