#include "spilled.inc"

	.globl jumper
	.type jumper,@function
jumper:
	subq	$0x48, %rsp
	xorl	%r10d, %r10d
	movq	$-1, %r11
	movq	(%rsi), %rax
	movq	%rax, 0x8(%rsp)
	addq	$0xf, %rax
	movq %rax, 0x10(%rsp)
	leaq 0x10(%rsp), %rsi
	lodsq
	movq %rax, %rcx
	jmpq	*%rcx
	.size jumper, .-jumper

	.ident "clang version 19.1.7"
	.section ".note.GNU-stack","",@progbits
