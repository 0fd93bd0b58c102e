# Blind review 41 (session 31): k12_jl_jmpsite.s
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
	lea g(%rip),%rax
1:	.byte 0xe9
	.long 2f-1b-5
	add $5,%rax
	ret
2:	xor %eax,%eax
	add $5,%rax
	ret
	.size h,.-h
	.section __jump_table,"aw"
	.balign 8
	.long 1b - .
	.long 2b - .
	.quad key - .
	.data
key: .quad 1
	.ident "clang version 19.1.7"
