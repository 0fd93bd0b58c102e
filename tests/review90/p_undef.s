# victim; drv calls victim, then jumper, which (with %rdi != 0) calls panic
# and then reads (%rsp), a slot no path wrote, and jumps through it.
	.text
	.globl victim
	.type victim,@function
victim:
	push %rbp
	mov %rsp,%rbx
	call ext
	mov %rbx,%rsp
	pop %rbp
	ret
	.size victim,.-victim
	.globl drv
	.type drv,@function
drv:
	call victim
	call jumper
	ret
	.size drv,.-drv
	.globl jumper
	.type jumper,@function
jumper:
	xor %ebx,%ebx
	sub $16,%rsp
	test %rdi,%rdi
	jne 2f
	add $16,%rsp
	ret
2:	call panic
	mov (%rsp),%rax
	add $16,%rsp
	jmp *%rax
	.size jumper,.-jumper
	.section .comment,"MS",@progbits,1
	.asciz "clang version 19.1.7"
	.section .note.GNU-stack,"",@progbits
