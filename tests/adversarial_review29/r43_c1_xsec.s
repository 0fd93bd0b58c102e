# Blind review 43 (session 31): c1_xsec.s
# f lives in its own section; its last instruction is an unfinished movabs whose
# imm64 is completed by g's first 5 bytes when the linker puts .text.f right before .text
	.section .text.f,"ax",@progbits
	.p2align 0
	.globl f
	.type f,@function
f:
	xor %eax,%eax
	nop
	.byte 0x48,0xb8,0,0,0
	.size f, .-f
	.section .text.s,"ax",@progbits
	.globl _start
	.type _start,@function
_start:
	call f
	hlt
	.size _start, .-_start
	.include "victim_g.inc"
	.ident "clang version 19.1.7"
