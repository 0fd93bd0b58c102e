	.text
	.globl g
	.type g,@function
g:	mov %rsp,%rbx
	jmp 1f
	push %rax
1:	mov %rbx,%rsp
	ret
	.size g,.-g

	.type h,@function
h:	lea g(%rip),%rbx
	add $5,%rbx
	ret
	.size h,.-h
	.globl f
	.type f,@function
f:	push %rbx
	call h
	call *%rbx
	pop %rbx
	ret
	.size f,.-f
