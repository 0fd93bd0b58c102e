#include "spilled.inc"

	.globl jumper
	.type jumper,@function
jumper:
	subq	$0x28, %rsp
	movq	(%rsi), %rax
	addq	$0xf, %rax
	movq	%rsp, %rcx
	movl	$3, %edx
.Lloop:
	movq	%rax, (%rcx)
	addq	$8, %rcx
	decl	%edx
	jne	.Lloop
	movq	0x8(%rsp), %rcx
	jmpq	*%rcx
	.size jumper, .-jumper

	.ident "clang version 19.1.7"
	.section ".note.GNU-stack","",@progbits
