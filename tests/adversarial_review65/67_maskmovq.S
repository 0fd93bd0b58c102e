#include "../adversarial_review63/spilled.inc"

	.globl jumper
	.type jumper,@function
jumper:
	pushq %rbp
	movq %rsp, %rbp
	subq $0x40, %rsp
	movq (%rdx), %rcx
	movq %rcx, 8(%rsp)
	movq (%rsi), %rax
	addq $0xf, %rax
	movq %rax, %mm0
	pcmpeqd %mm1, %mm1
	leaq 8(%rsp), %rdi
	maskmovq %mm1, %mm0
	movq 8(%rsp), %rcx
	jmpq *%rcx

	.size jumper, .-jumper

	.ident "clang version 19.1.7"
	.section ".note.GNU-stack","",@progbits
