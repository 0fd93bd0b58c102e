	.text
	.globl f
	.type f,@function
f:
.Lf_site:
	.skip 8, 0x90
	call foo_l1
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
	nop
	.pushsection .altinstructions,"a"
	.long .Lg_site - .
	.long .Lr0 - .
	.long 0x10
	.byte 8
	.byte 1
	.popsection
	.section .text.o1,"ax"
foo_l1:
	ret
	.section .text.o2,"ax"
foo_l2:
	ud2
	ret
