	.text
	.globl caller
	.type caller,@function
caller:
	call jumper
	ret
	.size caller,.-caller
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
	sub $8,%rsp
	call victim
	add $8,%rsp
	call jumper
	ret
	.size drv,.-drv
	.globl jumper
	.type jumper,@function
jumper:
 mov %rsp,%rax
 sub %rdi,%rax
 jmp *(%rax)
	.size jumper,.-jumper
	.section .comment,"MS",@progbits,1
	.asciz "clang version 19.1.7"
