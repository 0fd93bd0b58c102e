# f keeps its %rsp in %rbx across a syscall; the syscall leaves the address
# of the next instruction (f's restore) in %rcx, and f stores it.  h jumps
# there with %rbx = 0x1234: the restore writes 0x1234 into %rsp.
	.text
	.globl f
	.type f,@function
f:
	pushq	%rbx
	movq	%rsp, %rbx
	movl	$39, %eax
	syscall
	movq	%rbx, %rsp
	movq	%rcx, saved(%rip)
	popq	%rbx
	retq
	.size f, .-f

	.globl h
	.type h,@function
h:
	movl	$0x1234, %ebx
	jmpq	*saved(%rip)
	.size h, .-h

	.bss
	.globl saved
saved:
	.quad 0
