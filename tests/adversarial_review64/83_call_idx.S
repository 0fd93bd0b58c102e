#include "../adversarial_review63/spilled.inc"

	.globl jumper
	.type jumper,@function
jumper:
	subq	$0x38, %rsp
	movq	(%rsi), %rcx
	movq	%rcx, 0x8(%rsp)
	movq	%rcx, 0x10(%rsp)
	movq	%rcx, (%rsp)
	movq	(%rsi), %rax
	addq	$0xf, %rax
	movq	%rax, 0x10(%rsp)
	movl	$1, %edx
	callq	*0x8(%rsp,%rdx,8)
	.size jumper, .-jumper

	.ident "clang version 19.1.7"
	.section ".note.GNU-stack","",@progbits
