	.text
	.globl g
	.type g,@function
g:	mov %rsp,%rbx
	jmp 1f
	push %rax
1:	mov %rbx,%rsp
	ret
	.size g,.-g

	.globl f
	.type f,@function
f:	call h
	call *%rax
	ret
	.size f,.-f
