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
f:	lea g(%rip),%rax
	add $5,%rax
	.size f,.-f
	.globl h
	.type h,@function
h:	call *%rax
	ret
	.size h,.-h
