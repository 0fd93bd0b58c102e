	.text
	.globl g
	.type g,@function
g:	mov %rsp,%rbx
	jmp 1f
	push %rax
1:	mov %rbx,%rsp
	ret
	.size g,.-g

	.type k,@function
k:	call *%rdi
	ret
	.size k,.-k
	.type h,@function
h:	add $5,%rdi
	call k
	ret
	.size h,.-h
	.globl f
	.type f,@function
f:	lea g(%rip),%rdi
	call h
	ret
	.size f,.-f
