# Control: KMSAN's shadow check of `p != f` as in k04, the computed values
# overwritten before the `ret` (as the code after a shadow check does): f's
# restore stays claimed. (k04 returns with them in %rax and %rdx, which a
# caller in the object could call through: refused since session 30.)
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
1:	xor %eax,%eax
	xor %edx,%edx
	ret
	.size g,.-g
