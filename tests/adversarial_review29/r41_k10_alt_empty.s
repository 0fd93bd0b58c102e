# Blind review 41 (session 31): k10_alt_empty.s
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
1:	xor %eax,%eax
3:
	add $5,%rax
	ret
	.size h,.-h
	.section .altinstr_replacement,"ax",@progbits
4:
5:
	.section .altinstructions,"a"
	.long 1b - .
	.long 4b - .
	.4byte 0x10
	.byte 3b-1b
	.byte 5b-4b
	.ident "clang version 19.1.7"
