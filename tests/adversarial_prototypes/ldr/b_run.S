// unit B' (ordinary code): stores %rsp at 0(%rsp), calls the GLOBAL foo
// (undefined here; c_global.o defines it with seven arguments), reloads.
	.text
	.globl	run_foo
	.type	run_foo,@function
run_foo:
	pushq	%rbx
	subq	$0x30, %rsp
	movq	%rsp, (%rsp)
	call	foo
	movq	(%rsp), %rsp
	addq	$0x30, %rsp
	popq	%rbx
	ret
	.size	run_foo, .-run_foo
	.globl	run_hook
	.type	run_hook,@function
run_hook:
	pushq	%rbx
	subq	$0x30, %rsp
	movq	%rsp, (%rsp)
	call	hook
	movq	(%rsp), %rsp
	addq	$0x30, %rsp
	popq	%rbx
	ret
	.size	run_hook, .-run_hook
	.section .note.GNU-stack,"",@progbits
