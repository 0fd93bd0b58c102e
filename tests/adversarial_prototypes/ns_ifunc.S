// ordinary code calling the IFUNC seven_if (ifunc.c): %rsp stored at 0(%rsp), call, reload
	.text
	.globl	run_ifunc
	.type	run_ifunc,@function
run_ifunc:
	pushq	%rbx
	subq	$0x30, %rsp
	movq	%rsp, (%rsp)
	call	seven_if
	movq	(%rsp), %rsp
	addq	$0x30, %rsp
	popq	%rbx
	ret
	.size	run_ifunc, .-run_ifunc
	.section .note.GNU-stack,"",@progbits
