#include "../spilled.inc"

	.globl helper
	.type helper,@function
helper:
	movq	(%rsi), %rax
	addq	$0xf, %rax
	movq	%rax, (%rdi)
	retq
	.size helper, .-helper

	.globl jumper
	.type jumper,@function
jumper:
	subq	$0x18, %rsp
	leaq	0x8(%rsp), %rdi
	callq	helper
	movq	0x8(%rsp), %rcx
	jmpq	*%rcx
	.size jumper, .-jumper

	.ident "clang version 19.1.7"
	.section ".note.GNU-stack","",@progbits
