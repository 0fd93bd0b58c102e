# Blind review 42 (session 31): e2.s
	.ident "clang version 19.1.7"
	.text
	.globl _start
	.type _start,@function
_start:
	jmp .Lpad
	.size _start,.-_start
	.p2align 8, 0x90
	.skip 251, 0x90
	.globl h
	.type h,@function
h:
.Lpad:	.byte 0x48,0xb8,0,0,0
	.size h,5
	.include "victim_g.inc"
