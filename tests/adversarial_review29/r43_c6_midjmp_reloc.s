# Blind review 43 (session 31): c6_midjmp_reloc.s
# the jump into the middle of the movabs is a normal assembler jump to a local label+offset
	.globl _start
	.type _start,@function
_start:
	call h
	hlt
	.size _start, .-_start
	.globl h
	.type h,@function
h:
	test %eax,%eax
	je 2f+2
	ret
2:	.byte 0x48, 0xb8
	.byte 0xe9
	.long g+5-(.+4)
	.byte 0x90,0x90,0x90
	ret
	.size h, .-h
	.p2align 8
	.include "victim_g.inc"
	.ident "clang version 19.1.7"
