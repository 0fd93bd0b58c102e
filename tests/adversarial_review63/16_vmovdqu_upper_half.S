#include "spilled.inc"

	.globl jumper
	.type jumper,@function
jumper:
	subq	$0x18, %rsp
	movq	(%rsi), %rax
	addq $0xf, %rax
	movq %rax, 0x10(%rsp)
	vmovdqu 0x8(%rsp), %xmm0
	vmovdqu %xmm0, (%rsp)
	movq	0x8(%rsp), %rcx
	jmpq	*%rcx
	.size jumper, .-jumper

	.ident "clang version 19.1.7"
	.section ".note.GNU-stack","",@progbits
