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
	leaq	0x8(%rsp), %rcx
	movq	%rax, %r8
	xorl	%eax, %eax
	xorl	%edx, %edx
	xorl	%ebx, %ebx
	movq	$0, 0x18(%rsp)
	movq	$0, 0x20(%rsp)
	lock cmpxchg16b	0x18(%rsp)
	movq	0x20(%rsp), %rbx
	movq	%r8, (%rbx)
	movq	0x8(%rsp), %rcx
	jmpq	*%rcx
	.size jumper, .-jumper

	.ident "clang version 19.1.7"
	.section ".note.GNU-stack","",@progbits
