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
	call s1
	call s1
	.pushsection .altinstructions,"a"
	.long .Lf_site+4 - .
	.long .Lr0 - .
	.long 0x10
	.byte 10
	.byte 10
	.popsection
