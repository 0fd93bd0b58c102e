# Blind review 42 (session 31): t2.s
	.ident "clang version 19.1.7"
	.text
	.globl _start
	.type _start,@function
_start:
	lea g(%rip),%rax
	call f
	jmp *%rax
	.size _start,.-_start
	.type f,@function
f:	mov $5,%cl
	.byte 0x86,0xc1
	ret
	.size f,.-f
	.p2align 8
	.include "victim_g.inc"
