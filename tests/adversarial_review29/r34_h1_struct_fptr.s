# Blind review 34 (session 28), honest control: h1_struct_fptr; the claim stood until blind review 101 (session 47): %rbp, a frame pointer, reaches `ext`, which may write the copy through it; now assumed only.
	.text
	.globl f
	.type f,@function
	.p2align 8
f:
	push %rbp
	mov %rsp,%rbp
	sub $16,%rsp
	mov %rsp,-8(%rbp)
	call ext
.Lreload:
	mov -8(%rbp),%rax
	mov %rax,%rsp
	leave
	ret
	.size f,.-f
	.globl top
	.type top,@function
	.p2align 4
top:
	call bump
.Lret:
	ret
	.size top,.-top
	.set D, .Lreload - .Lret
	.globl bump
	.type bump,@function
	.p2align 4
bump:
	push %rbx
	mov %rdi,%rbx
	mov 8(%rbx),%rax
	add $16,%rax
	mov (%rax),%rax
	call *%rax
	pop %rbx
	ret
	.size bump,.-bump
	.section .comment,"MS",@progbits,1
	.asciz "Ubuntu clang version 19.1.1 (1ubuntu1)"
	.section .note.GNU-stack,"",@progbits
	.text
