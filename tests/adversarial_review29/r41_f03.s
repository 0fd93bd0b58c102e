# Blind review 41 (session 31): f03.s
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
	sub $8,%rsp
	addq $0x5000000,5(%rsp)
	add $8,%rsp
	pop %rcx
	call *%rcx
	ret
	.ident "clang version 19.1.7"
