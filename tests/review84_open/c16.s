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
	mov ptr(%rip),%rax
	mov %rax,slot(%rip)
	addq $9,slot(%rip)
	jmp *slot(%rip)
	.data
ptr: .quad victim
slot: .quad 0
	.text

	.size jumper,.-jumper
	.section .comment,"MS",@progbits,1
	.asciz "clang version 19.1.7"
	.section .note.GNU-stack,"",@progbits
