#include "../adversarial_review63/spilled.inc"

	.globl jumper
	.type jumper,@function
jumper:
	pushq %rbp
	movq %rsp, %rbp
	subq $0x40, %rsp
	movq (%rsi), %rax
	addq $0xf, %rax
	xorl %ecx, %ecx
	.irp i, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22
	xorl %edx, %edx
	movl $(1<<\i), %r8d
	btq $\i, %rax
	cmovcq %r8, %rdx
	orq %rdx, %rcx
	.endr
	jmpq *%rcx
	.size jumper, .-jumper

	.ident "clang version 19.1.7"
	.section ".note.GNU-stack","",@progbits
