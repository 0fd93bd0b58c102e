# Control: KMSAN's shadow check of `p != f`: a value computed from f's address
# (xor with the other pointer, and with the inverted shadow) is only tested,
# never branched through, pushed or stored. f's restore stays claimed.
.include "pro.inc"
	.text
	.globl f
	.type f,@function
f:	PRO
	RESTORE
	EPI
	.size f,.-f
	.globl g
	.type g,@function
g:	mov (%rdi),%rcx
	mov $f,%rax
	xor %rcx,%rax
	mov 8(%rdi),%rdx
	not %rdx
	and %rax,%rdx
	je 1f
	ud2
1:	ret
	.size g,.-g
