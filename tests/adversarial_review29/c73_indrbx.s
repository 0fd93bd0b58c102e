	.text
	.type g,@function
g:
	leaq -64(%rsp),%rbx
	jmp __x86_return_thunk
	.size g,.-g
	.globl f
	.type f,@function
f:
	pushq %rbp
	movq %rsp,%rbp
	pushq %rbx
	subq $24,%rsp
	movq %rsp,%rbx
	movq gp(%rip),%rax
	call __x86_indirect_thunk_rax
	movq %rbx,%rsp
	movq %rsp,%r8
	addq $24,%rsp
	popq %rbx
	popq %rbp
	jmp __x86_return_thunk
	.size f,.-f
	.data
gp:	.quad g
