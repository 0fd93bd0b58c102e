# Control: a register that held f's address is overwritten (pop, xor, a load)
# before the arithmetic that follows: no code address is computed with. f's
# restore stays claimed.
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
g:	push %r13
	lea f(%rip),%r13
	mov %r13,%rdi
	call register_callback
	pop %r13
	add $8,%r13
	lea f(%rip),%rax
	xor %eax,%eax
	add $1,%rax
	movq f@GOTPCREL(%rip),%rcx
	mov (%rsi),%rcx
	add $16,%rcx
	ret
	.size g,.-g
