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
	push %rbx
	call victim
	mov $-2,%rdi
	call jumper
	pop %rbx
	ret
	.size drv,.-drv
	.globl jumper
	.type jumper,@function
jumper:
 jmp *(%rsp,%rdi,8)
	.size jumper,.-jumper
	.section .comment,"MS",@progbits,1
	.asciz "clang version 19.1.7"
