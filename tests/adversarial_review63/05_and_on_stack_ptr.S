#include "spilled.inc"

	.globl jumper
	.type jumper,@function
jumper:
	pushq	%rbp
	movq	%rsp, %rbp
	subq	$0x18, %rsp
	movq	(%rdx), %rcx
	movq	%rcx, 0x8(%rsp)
	movq	%rcx, 0x10(%rsp)
	movq	(%rsi), %rax
	addq	$0xf, %rax
	leaq 0x8(%rsp), %rcx
	andq $-1, %rcx
	movq %rax, (%rcx)
	movq	0x8(%rsp), %rcx
	jmpq	*%rcx
	.size jumper, .-jumper

	.ident "clang version 19.1.7"
	.section ".note.GNU-stack","",@progbits
