	.text
	.globl f
	.type f,@function
f:	mov %rsp,%rbx
	push %rax
	pop %rax
	mov %rbx,%rsp
	jmp h
	.size f,.-f
	.globl h
	.type h,@function
h:	ret
	.size h,.-h
