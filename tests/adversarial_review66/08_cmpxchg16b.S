#include "../adversarial_review63/spilled.inc"

	.globl jumper
	.type jumper,@function
jumper:
	pushq %rbp
	movq %rsp, %rbp
	subq $0x40, %rsp
	movq (%rsi), %rax
	addq $0xf, %rax
	movq %rax, 8(%rsp)
	movq $0, 16(%rsp)
	movq $1, %rax
	xorl %edx, %edx
	xorl %ebx, %ebx
	xorl %ecx, %ecx
	cmpxchg16b 8(%rsp)
	jmpq *%rax
	.size jumper, .-jumper

	.ident "clang version 19.1.7"
	.section ".note.GNU-stack","",@progbits
