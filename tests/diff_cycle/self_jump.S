/* Blind review 58: a replacement whose jmp is relocated against a place in
   itself (TARGET 0: the jmp, 5: its end). See README.md. */
	.text
	.globl f
	.type f,@function
f:
.Lf_site:
	.skip 8, 0x90
	ret
	.size f, .-f
	.globl g
	.type g,@function
g:
.Lg_site:
	.skip 8, 0x90
	ret
	.size g, .-g
	.globl h
	.type h,@function
h:
	nop
	ret
	.size h, .-h
	.section .altinstr_replacement,"ax"
.Lr0:
	.byte 0xe9
	.long 0
	.reloc .Lr0+1, R_X86_64_PC32, .Lr0+TARGET-4
.Lr1:
	nop
	nop
	nop
	.pushsection .altinstructions,"a"
	.long .Lf_site - .
	.long .Lr0 - .
	.long 0x10
	.byte 8
	.byte 5
	.popsection
