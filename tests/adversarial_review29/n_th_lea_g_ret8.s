
	.text
	.globl h
	.type h,@function
h:
	pushq %rbp
	movq %rsp,%rbp
	subq $16,%rsp
	movq %rsp,%rax
	movq %rax,-8(%rbp)
	leaq gg(%rip),%rax
 call __x86_indirect_thunk_rax
	movq -8(%rbp),%rax
	movq %rax,%rsp
	addq $16,%rsp
	popq %rbp
	retq
	.size h,.-h

	.text
	.globl gg
	.type gg,@function
gg:
 retq $8
	.size gg,.-gg

	.globl entry
	.type entry,@function
entry:
	pushq %rbp
	movq %rsp,%rbp
	
	call h
	popq %rbp
	retq
	.size entry,.-entry
