# Control: KMSAN's shadow of `c ? f : g` (the two addresses' difference)
# stored; nothing moves g. g's restore stays claimed.
.include "victim_g.inc"
	.globl f
	.type f,@function
f:	lea g(%rip),%rax
	lea f(%rip),%rcx
	xor %rax,%rcx
	mov %rcx,shadow(%rip)
	lea f(%rip),%rcx
	sub %rax,%rcx
	mov %rcx,shadow+8(%rip)
	ret
	.size f,.-f
	.comm shadow,16,8
