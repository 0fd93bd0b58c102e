# Blind review 43 (session 31): c2_pc8.s
# _start jumps to g+5 with a short jmp whose rel8 is filled by an R_X86_64_PC8 relocation
	.section .text.s,"ax",@progbits
	.globl _start
	.type _start,@function
_start:
	call h
	hlt
	.size _start, .-_start
	.globl h
	.type h,@function
h:
	.byte 0xeb
	.reloc ., R_X86_64_PC8, g+4
	.byte 0
	.size h, .-h
	.include "victim_g.inc"
	.ident "clang version 19.1.7"
