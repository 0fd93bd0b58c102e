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
	leaq	0x8(%rsp), %rbx
	movq	%rbx, 0x10(%rsp)
	movq	%rax, %r8
	xorl	%eax, %eax
	cmpxchgq	%rdx, 0x10(%rsp)
	movq	%r8, (%rax)
	movq	0x8(%rsp), %rcx
	jmpq	*%rcx
	.size jumper, .-jumper

	.ident "clang version 19.1.7"
	.section ".note.GNU-stack","",@progbits
