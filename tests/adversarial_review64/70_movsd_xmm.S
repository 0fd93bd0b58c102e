#include "../adversarial_review63/spilled.inc"

	.globl jumper
	.type jumper,@function
jumper:
	subq	$0x38, %rsp
	movq	(%rsi), %rcx
	movq	%rcx, 0x8(%rsp)
	movq	(%rsi), %rax
	addq	$0xf, %rax
	leaq	0x8(%rsp), %rbx
	movq	%rbx, 0x10(%rsp)
	movsd	0x10(%rsp), %xmm0
	movsd	%xmm0, 0x20(%rsp)
	movq	0x20(%rsp), %rbx
	movq	%rax, (%rbx)
	movq	0x8(%rsp), %rcx
	jmpq	*%rcx
	.size jumper, .-jumper

	.ident "clang version 19.1.7"
	.section ".note.GNU-stack","",@progbits
