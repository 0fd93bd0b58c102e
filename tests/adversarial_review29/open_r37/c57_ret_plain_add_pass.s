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
k:	call *%rax
	ret
	.size k,.-k
	.type h,@function
h:	lea g(%rip),%rax
	ret
	.size h,.-h
	.globl f
	.type f,@function
f:	call h
	add $5,%rax
	call k
	ret
	.size f,.-f
