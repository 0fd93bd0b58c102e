# Control: g takes f's address and hands it on unchanged (a callback being
# registered); nothing computes with it. f's restore stays claimed.
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
g:	lea f(%rip),%rdi
	mov %rdi,%rax
	push %rax
	pop %rax
	cmp %rax,%rdi
	jmp register_callback
	.size g,.-g
