# Blind review 34 (session 28): c04_direct; f's restore claimed by ddfbd31, executed in Unicorn: not a no-op.
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
	mov %rsp,%rax
	mov (%rax),%rcx
	add $D,%rcx
	mov %rcx,(%rax)
	ret
	.size bump,.-bump
