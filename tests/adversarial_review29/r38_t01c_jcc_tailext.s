.include "victim_g.inc"
	.globl f
	.type f,@function
f:	lea g(%rip),%rbx
	add $5,%rbx
	test %eax,%eax
	jz ext
	xor %ebx,%ebx
	ret
	.size f,.-f
	.globl h
	.type h,@function
h:	xor %eax,%eax
	call f
	call *%rbx
	ret
	.size h,.-h
	.globl main
	.type main,@function
main:	call h
	ret
	.size main,.-main
