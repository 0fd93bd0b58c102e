	.text
	.globl start
	.type start,@function
start:
	sub $0x20, %rsp
	mov %rsp, %rax
	mov %rax, 0x8(%rsp)
	push %rcx
1:	mov (%rdi), %rcx
2:	pop %rcx
	mov 0x8(%rsp), %rax
	mov %rax, %rsp
	add $0x20, %rsp
	ret
	.size start, .-start
	.section __ex_table,"a"
	.long 1b - .
	.long 2b - .
	.long 7
	.section .comment,"MS",@progbits,1
	.asciz "clang version 19"
