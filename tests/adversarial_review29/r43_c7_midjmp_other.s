# Blind review 43 (session 31): c7_midjmp_other.s
# h jumps into the middle of k's movabs (k is a separate function); the hidden bytes are jmp g+5
	.globl _start
	.type _start,@function
_start:
	call h
	hlt
	.size _start, .-_start
	.globl h
	.type h,@function
h:
	jmp k+2
	.size h, .-h
	.globl k
	.type k,@function
k:
	.byte 0x48, 0xb8
	.byte 0xe9
	.long g+5-(.+4)
	.byte 0x90,0x90,0x90
	ret
	.size k, .-k
	.p2align 8
	.include "victim_g.inc"
	.ident "clang version 19.1.7"
