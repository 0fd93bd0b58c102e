#include "spilled.inc"

	.globl jumper
	.type jumper,@function
jumper:
	subq	$0x28, %rsp
	movq	(%rdx), %rcx
	movq	%rcx, 0x8(%rsp)
	movq	(%rsi), %rax
	addq	$0xf, %rax
	leaq	0x7(%rsp), %rcx
	andq	$-8, %rcx
	movq	%rax, 0x8(%rcx)
	movq	0x8(%rsp), %rcx
	jmpq	*%rcx
	.size jumper, .-jumper

	.ident "clang version 19.1.7"
	.section ".note.GNU-stack","",@progbits
