.include "../victim_g.inc"
	.globl f
	.type f,@function
f:	mov (%rsp),%rbx
	add $(g+5-2f),%rbx
	ret
	.size f,.-f
	.globl h
	.type h,@function
h:	call f
2:	call *%rbx
	ret
	.size h,.-h
	.globl main
	.type main,@function
main:	call h
	ret
	.size main,.-main
