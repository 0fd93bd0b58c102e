# Blind review 41 (session 31): f08.s
	.text
	.p2align 8
.include "victim_g.inc"
	.text
	.globl _start
	.type _start,@function
_start:
	lea g(%rip),%rax
	push %rax
	mov $5,%edx
	pushw $0
	addq $5,2(%rsp)
	popw %dx
	pop %rcx
	call *%rcx
	ret
	.ident "clang version 19.1.7"
