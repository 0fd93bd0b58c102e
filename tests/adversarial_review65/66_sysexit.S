#include "../adversarial_review63/spilled.inc"

	.globl jumper
	.type jumper,@function
jumper:
	pushq %rbp
	movq %rsp, %rbp
	subq $0x40, %rsp
	movl $0x174, %ecx
	movl $0x10, %eax
	xorl %edx, %edx
	wrmsr
	movq %rsp, %rcx
	movq (%rsi), %rdx
	addq $0xf, %rdx
	sysexitq
	.size jumper, .-jumper

	.ident "clang version 19.1.7"
	.section ".note.GNU-stack","",@progbits
