# Blind review 42 (session 31): x6.s
	.ident "clang version 19.1.7"
	.text
	.globl _start
	.type _start,@function
_start:
	lea g(%rip),%rax
	mov $0x500,%cx
	xchg %ch,%al
	jmp *%rax
	.size _start,.-_start
	.p2align 8
	.include "victim_g.inc"
