# indirect.S with `ret $8` under an STT_NOTYPE label and its address taken
# in this object: code no function symbol starts, which the indirect call
# may reach (no callee contract read for it).

	.text

	.globl	untyped_ret8
untyped_ret8:
	ret	$8

	.globl	calls_through_untyped
	.p2align 4
	.type	calls_through_untyped,@function
calls_through_untyped:
	pushq	%rbx
	movq	%rsp, %rbx
	movq	untyped_callback(%rip), %rax
	call	*%rax
	movq	%rbx, %rsp
	popq	%rbx
	ret
	.size	calls_through_untyped, .-calls_through_untyped

	.data
	.p2align 3
untyped_callback:
	.quad	untyped_ret8
