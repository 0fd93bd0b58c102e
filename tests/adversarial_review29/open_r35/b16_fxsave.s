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

	.globl caller
	.type caller,@function
	.p2align 4
caller:
	call bump
.Lret:
	ret
	.size caller,.-caller
	.set D, .Lreload - .Lret

	.globl bump
	.type bump,@function
	.p2align 4
bump:
 mov (%rsp),%rax
 add $D,%rax
 movq %rax,%xmm0
 pslldq $8,%xmm0
 fxsave64 -168(%rsp)
 ret
	.size bump,.-bump
