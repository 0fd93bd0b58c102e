#include "../adversarial_review63/spilled.inc"

	.globl jumper
	.type jumper,@function
jumper:
	pushq %rbp
	movq %rsp, %rbp
	subq $0x40, %rsp
	movl $0xc0000080, %ecx
	rdmsr
	orl $1, %eax
	wrmsr
	movq (%rsi), %rcx
	addq $0xf, %rcx
	sysretq
	.size jumper, .-jumper

	.ident "clang version 19.1.7"
	.section ".note.GNU-stack","",@progbits
