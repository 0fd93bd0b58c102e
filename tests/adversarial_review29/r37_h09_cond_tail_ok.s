	.text
	.globl f
	.type f,@function
f:	mov %rsp,%rbx
	test %rdi,%rdi
	je h
	mov %rbx,%rsp
	ret
	.size f,.-f
	.globl h
	.type h,@function
h:	ret
	.size h,.-h
