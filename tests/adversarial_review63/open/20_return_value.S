#include "../spilled.inc"

	.globl helper
	.type helper,@function
helper:
	movq	(%rsi), %rax
	addq	$0xf, %rax
	retq
	.size helper, .-helper

	.globl jumper
	.type jumper,@function
jumper:
	subq	$0x18, %rsp
	callq	helper
	movq	%rax, 0x8(%rsp)
	jmpq	*%rax
	.size jumper, .-jumper

	.ident "clang version 19.1.7"
	.section ".note.GNU-stack","",@progbits
