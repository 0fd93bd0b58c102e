	.text
	.globl foo
	.type foo,@function
foo:
	ret
	.size foo,.-foo
	.globl panic
	.set panic, foo
	.globl e7
	.type e7,@function
e7:
	push %rbx
	sub $16,%rsp
	mov %rsp,%rbx
	mov %rbx,8(%rsp)
	test %edi,%edi
	jne 1f
	push %rax
	call panic
1:
	mov 8(%rsp),%rax
	mov %rax,%rsp
	add $16,%rsp
	pop %rbx
	ret
	.size e7,.-e7
	.section .comment,"MS",@progbits,1
	.asciz "clang version 19.1.7"
