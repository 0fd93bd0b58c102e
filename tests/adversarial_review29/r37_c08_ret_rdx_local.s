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
h:	lea g(%rip),%rdx
	add $5,%rdx
	xor %eax,%eax
	ret
	.size h,.-h
	.globl f
	.type f,@function
f:	call h
	call *%rdx
	ret
	.size f,.-f
