#include "../spilled.inc"

	.globl jumper
	.type jumper,@function
jumper:
	subq	$0x18, %rsp
	movq	(%rsi), %rax
	addq	$0xf, %rax
	movq	%rax, 0x8(%rsp)
	movq	%rax, 0x10(%rdx)
	movq	0x10(%rdx), %rcx
	jmpq	*%rcx
	.size jumper, .-jumper

	.ident "clang version 19.1.7"
	.section ".note.GNU-stack","",@progbits
