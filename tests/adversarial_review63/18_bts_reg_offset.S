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
	movl $64, %ecx
	btsq %rcx, (%rsp)
	incl %ecx
	btsq %rcx, (%rsp)
	incl %ecx
	btsq %rcx, (%rsp)
	incl %ecx
	btsq %rcx, (%rsp)
	movq 0x8(%rsp), %rcx
	jmpq	*%rcx
	.size jumper, .-jumper

	.ident "clang version 19.1.7"
	.section ".note.GNU-stack","",@progbits
