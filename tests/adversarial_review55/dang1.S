	.text
	.globl f
	.type f,@function
f:
	push %rbp
	mov %rsp,%rbp
	sub $16,%rsp
	mov %rsp,%rax
	mov %rax,8(%rsp)
	mov gp(%rip),%rsi
	movq $0x1234,(%rsi)
	mov 8(%rsp),%rdx
	mov %rdx,%rsp
	mov %rbp,%rax
	sub %rsp,%rax
	leave
	ret
	.size f,.-f
	.globl L
	.type L,@function
L:
	sub $24,%rsp
	lea 8(%rsp),%rcx
	mov %rcx,gp(%rip)
	add $24,%rsp
	ret
	.size L,.-L
	.globl drv
	.type drv,@function
drv:
	push %rbx
	call L
	call f
	pop %rbx
	ret
	.size drv,.-drv
	.data
	.globl gp
gp:	.quad 0
	.ident "clang version 19.1.7"
	.section .note.GNU-stack,"",@progbits
