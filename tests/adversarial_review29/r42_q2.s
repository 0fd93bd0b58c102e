# Blind review 42 (session 31): q2.s
	.ident "clang version 19.1.7"
	.text
	.globl _start
	.type _start,@function
_start:
	lea g(%rip),%rax
	mov $0x105,%cx
	xchg %cx,%ax
	jmp *%rax
	.size _start,.-_start
	.p2align 8
	.include "victim_g.inc"
