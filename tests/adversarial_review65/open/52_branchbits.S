#include "../../adversarial_review63/spilled.inc"

	.globl jumper
	.type jumper,@function
jumper:
	pushq %rbp
	movq %rsp, %rbp
	subq $0x40, %rsp
	movq (%rsi), %rax
	addq $0xf, %rax
	xorl %ecx, %ecx
	movl $1, %edx
1:	testq %rdx, %rax
	je 2f
	orq %rdx, %rcx
2:	shlq $1, %rdx
	jne 1b
	jmpq *%rcx
	.size jumper, .-jumper

	.ident "clang version 19.1.7"
	.section ".note.GNU-stack","",@progbits
