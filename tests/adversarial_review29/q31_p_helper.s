
	.text
	.p2align 8
	.globl f
	.type f,@function
f:
	pushq %rbp
	movq %rsp,%rbp
	subq $16,%rsp
	movq %rsp,%rax
	movq %rax,-8(%rbp)
	nop
.Lmid:
	movq -8(%rbp),%rax
	movq %rax,%rsp
	addq $16,%rsp
	popq %rbp
	retq
	.size f,.-f
	.p2align 5
	.globl f2
	.type f2,@function
f2:
	retq
	.size f2,.-f2

	.text
	.globl entry
	.type entry,@function
entry:
	pushq %rbp
	movq %rsp,%rbp
	subq $32,%rsp
	leaq -0x40(%rsp),%rax
	movq %rax,-8(%rbp)
 leaq f(%rip),%rdi
 jmp helper
 .size entry,.-entry
 .type helper,@function
helper:
 addq $0x10,%rdi
 pushq %rdi
 retq
 .size helper,.-helper
 .text
