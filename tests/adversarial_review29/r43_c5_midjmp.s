# Blind review 43 (session 31): c5_midjmp.s
# h jumps into the imm64 of its own movabs; there the bytes decode as jmp g+5
	.globl _start
	.type _start,@function
_start:
	call h
	hlt
	.size _start, .-_start
	.globl h
	.type h,@function
h:
	.byte 0xeb, 0x02          # jmp h+4
	.byte 0x48, 0xb8          # movabs $imm64,%rax
	.byte 0xe9                # imm64 bytes: e9 rel32 90 90 90
	.long g+5-(.+4)
	.byte 0x90,0x90,0x90
	ret
	.size h, .-h
	.p2align 8
	.include "victim_g.inc"
	.ident "clang version 19.1.7"
