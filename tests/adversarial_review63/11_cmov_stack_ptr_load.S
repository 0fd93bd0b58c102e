#include "spilled.inc"

	.globl jumper
	.type jumper,@function
jumper:
	subq	$0x28, %rsp
	movq	(%rdx), %rcx
	movq	%rcx, 0x8(%rsp)
	movq	%rcx, 0x10(%rsp)
	movq	(%rsi), %rax
	addq	$0xf, %rax
	leaq	0x8(%rsp), %r8
	leaq	0x10(%rsp), %r9
	testl	%edi, %edi
	cmovneq	%r9, %r8
	movq	(%r8), %rcx
	movq	%rax, 0x8(%rsp)
	movq	(%r8), %rcx
	jmpq	*%rcx
	.size jumper, .-jumper

	.ident "clang version 19.1.7"
	.section ".note.GNU-stack","",@progbits
