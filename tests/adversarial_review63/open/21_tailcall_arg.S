#include "../spilled.inc"

	.globl tail
	.type tail,@function
tail:
	jmpq	*%rdi
	.size tail, .-tail

	.globl jumper
	.type jumper,@function
jumper:
	subq	$0x18, %rsp
	movq	(%rsi), %rdi
	addq	$0xf, %rdi
	movq	%rdi, 0x8(%rsp)
	jmp	tail
	.size jumper, .-jumper

	.ident "clang version 19.1.7"
	.section ".note.GNU-stack","",@progbits
