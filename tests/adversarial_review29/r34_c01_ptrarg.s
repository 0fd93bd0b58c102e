# Blind review 34 (session 28): c01_ptrarg; f's restore claimed by ddfbd31, executed in Unicorn: not a no-op.
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
	call caller
.Lret:
	ret
	.size top,.-top
	.set D, .Lreload - .Lret
	.globl caller
	.type caller,@function
	.p2align 4
caller:
	mov %rsp,%rdi
	call bump
	ret
	.size caller,.-caller
	.globl bump
	.type bump,@function
	.p2align 4
bump:
	mov (%rdi),%rax
	add $D,%rax
	mov %rax,(%rdi)
	ret
	.size bump,.-bump
