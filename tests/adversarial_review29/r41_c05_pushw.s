# Blind review 41 (session 31): c05_pushw.s
	.text
	.p2align 8
.include "victim_g.inc"
	.text
	.globl _start
	.type _start,@function
_start:
	lea g(%rip),%rax
	push %rax
	pushw $0
	addq $5,2(%rsp)
	popw %dx
	pop %rcx
	call *%rcx
	ret
	.ident "clang version 19.1.7"
