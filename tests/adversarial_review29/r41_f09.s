# Blind review 41 (session 31): f09.s
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
	push %ax
	addq $5,2(%rsp)
	pop %ax
	pop %rcx
	call *%rcx
	ret
	.ident "clang version 19.1.7"
