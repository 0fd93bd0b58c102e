	.text
	.globl f
	.type f,@function
f:
	push %rbp
	mov %rsp,%rbp
	sub $16,%rsp
	mov %rsp,%rax
	mov %rax,8(%rsp)
	mov 8(%rsp),%rdx
	mov %rdx,%rsp
	leave
	ret
	.size f,.-f
	.globl g
	.type g,@function
g:
	push %rbp
	mov %rsp,%rbp
	sub $32,%rsp
	movq $0x1234,8(%rsp)
	mov fptr(%rip),%rax
	lea 16(%rax),%rax
	mov %rax,fptr(%rip)
	jmp *fptr(%rip)
	.size g,.-g
	.data
fptr:	.quad f
	.ident "clang version 19.1.7"
	.section .note.GNU-stack,"",@progbits
