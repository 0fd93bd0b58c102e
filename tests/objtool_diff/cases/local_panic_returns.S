# objtool's noreturn list holds for global and weak symbols only: a local
# function that happens to be called `panic` returns, so the path after the
# call goes on to the pop, where the lost CFA is reported. Written for
# rspill's tests.
# want: caller agree

	.text
	.type	panic,@function
panic:
	jmp	__x86_return_thunk
	.size	panic, .-panic

	.globl	caller
	.type	caller,@function
caller:
	pushq	%rbx
	movq	%rsi, %rsp
	call	panic
	popq	%rbx
	jmp	__x86_return_thunk
	.size	caller, .-caller
