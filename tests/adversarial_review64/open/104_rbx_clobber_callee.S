	.text
	.globl spilled
	.type spilled,@function
spilled:
	pushq	%rbx
	subq	$0x10, %rsp
	movq	%rsp, %rax
	movq	%rax, 0x8(%rsp)
	xorl	%eax, %eax
	movq	0x8(%rsp), %rdx
	movq	%rdx, %rsp
	addq	$0x10, %rsp
	popq	%rbx
	retq
	.size spilled, .-spilled

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
