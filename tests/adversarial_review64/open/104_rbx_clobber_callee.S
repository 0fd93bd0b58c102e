#include "../../adversarial_review63/spilled.inc"

	.globl jumper
	.type jumper,@function
jumper:
	pushq	%rbx
	movq	(%rsi), %rbx
	callq	helper3
	jmpq	*%rbx
	.size jumper, .-jumper
	.globl helper3
	.type helper3,@function
helper3:
	movq	(%rsi), %rbx
	addq	$0xf, %rbx
	retq
	.size helper3, .-helper3

	.ident "clang version 19.1.7"
	.section ".note.GNU-stack","",@progbits
