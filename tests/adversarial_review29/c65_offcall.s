	.text
	.globl f
	.type f,@function
f:
	pushq %rbp
	movq %rsp,%rbp
	subq $32,%rsp
	movq %rsp,%rcx
	movq %rcx,-8(%rbp)
	movq -8(%rbp),%rcx
.Lr:
	movq %rcx,%rsp
	movq %rsp,%r8
	movq %rbp,%rsp
	popq %rbp
	jmp __x86_return_thunk
	.size f,.-f
	.globl g
	.type g,@function
g:
	pushq %rbp
	movq %rsp,%rbp
	leaq f(%rip),%rax
	movslq off(%rip),%rdx
	addq %rdx,%rax
	leaq -64(%rsp),%rcx
	call *%rax
	popq %rbp
	jmp __x86_return_thunk
	.size g,.-g
	.section .rodata
off:	.long .Lr - f
