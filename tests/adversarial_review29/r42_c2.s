# Blind review 42 (session 31): c2.s
	.ident "clang version 19.1.7"
	.text
	.globl _start
	.type _start,@function
_start:
	lea slot(%rip),%rax
	sub $0x01ebe389,%rax
	xor %ecx,%ecx
	jmp .Lpad
	.size _start,.-_start
	.globl r
	.type r,@function
r:	ret
	.size r,.-r
	.p2align 8, 0x90
	.skip 254, 0x90
	.globl h
	.type h,@function
h:
.Lpad:	.byte 0xff,0x94
	.size h,2
	.include "victim_g.inc"
	.data
slot:	.quad r
