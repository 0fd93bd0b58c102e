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
.Lr1:
	.skip 4, 0x90
.Lr2:
	.skip 8, 0x90
	.reloc .Lr1+3, R_X86_64_32, s1
	.pushsection .altinstructions,"a"
	.long .Lf_site - .
	.long .Lr1 - .
	.long 0x10
	.byte 8
	.byte 4
	.popsection
	.pushsection .altinstructions,"a"
	.long .Lg_site - .
	.long .Lr2 - .
	.long 0x11
	.byte 8
	.byte 8
	.popsection
