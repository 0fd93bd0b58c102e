# Blind review 42 (session 31): e3.s
	.ident "clang version 19.1.7"
	.text
	.globl _start
	.type _start,@function
_start:
	jmp .Lpad

	.p2align 8, 0x90
	.skip 251, 0x90
.Lpad:	.byte 0x48,0xb8,0,0,0
	.size _start,.-_start
	.include "victim_g.inc"
