# defines.S's shape in a COMDAT group (as C++ inline functions and some
# kernel helpers are emitted): scanned alone, its restore is claimed.

	.section .text.grouped,"axG",@progbits,grouped,comdat
	.globl	grouped
	.p2align 4
	.type	grouped,@function
grouped:
	pushq	%rbx
	subq	$0x10, %rsp
	movq	%rsp, %rax
	movq	%rax, 0x8(%rsp)
	xorl	%eax, %eax
	movq	0x8(%rsp), %rdx
	movq	%rdx, %rsp
	addq	$0x10, %rsp
	popq	%rbx
	jmp	__x86_return_thunk
	.size	grouped, .-grouped
