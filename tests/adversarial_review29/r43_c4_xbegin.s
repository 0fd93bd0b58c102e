# Blind review 43 (session 31): c4_xbegin.s
	.globl _start
	.type _start,@function
_start:
	call h
	hlt
	.size _start, .-_start
	.globl h
	.type h,@function
h:
	.byte 0xc7,0xf8
	.long g+5-(.+4)
	xabort $1
	ret
	.size h, .-h
	.p2align 8
	.include "victim_g.inc"
	.ident "clang version 19.1.7"
