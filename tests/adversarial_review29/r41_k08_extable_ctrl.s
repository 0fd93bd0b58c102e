# Blind review 41 (session 31): k08_extable_ctrl.s
	.text
	.p2align 8
.include "victim_g.inc"
	.text
	.globl _start
	.type _start,@function
_start:
	call h
	call *%rax
	ret
	.size _start,.-_start
	.type h,@function
h:
	xor %esi,%esi
	lea g(%rip),%rax
1:	mov (%rsi),%rcx
	xor %eax,%eax
2:	add $5,%rax
	ret
	.size h,.-h
	.section __ex_table,"a"
	.balign 4
	.long 1b - .
	.long 2b - .
	.long 0
	.ident "clang version 19.1.7"
