	.text
	.globl f
	.type f,@function
f:	mov (%rsp),%rax
	add $(3f-2f),%rax
	ret
	.size f,.-f
	.globl c
	.type c,@function
c:	push %r12
	call f
2:	call *%rax
	mov %rsp,%r12
3:	mov %r12,%rsp
	pop %r12
	ret
	.size c,.-c
	.globl main
	.type main,@function
main:	call c
	ret
	.size main,.-main
