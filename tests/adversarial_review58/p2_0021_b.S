	.text
	.globl f
	.type f,@function
f:
.Lf_site:
	.skip 8, 0x90
	movq ".data.x"(%rip), %rax
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
	.section .data.x,"aw"
.Ldx:
	.quad 0
