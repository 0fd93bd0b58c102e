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
	jmp 2f
1:	mov %rax,(%rsp)
	ret
2:	ud2
	.pushsection __bug_table,"aw"
4:	.long 2b - .
	.long 0
	.word 0
	.word 1
	.org 4b+12
	.popsection
	.pushsection .discard.reachable,"",@progbits
	.long 3f - .
	.popsection
3:	jmp 1b
	.size bump,.-bump
