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
	.globl jumper
	.type jumper,@function
jumper:
 lea ptr(%rip),%rsi
 lea buf(%rip),%rdi
 movsq
 addq $9,buf(%rip)
 jmp *buf(%rip)
 .data
ptr: .quad victim
buf: .quad 0
 .text
	.size jumper,.-jumper
	.section .comment,"MS",@progbits,1
	.asciz "clang version 19.1.7"
