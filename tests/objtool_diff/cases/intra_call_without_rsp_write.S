# A function that never writes %rsp calls into its own code without an
# annotation: objtool's decode gives up on the whole object, so nothing it
# would have said about the other function is claimed. Written for rspill's
# tests.
# want: victim uncertain

	.text
	.globl	self_caller
	.type	self_caller,@function
self_caller:
	call	1f
	ud2
1:	jmp	__x86_return_thunk
	.size	self_caller, .-self_caller

	.globl	victim
	.type	victim,@function
victim:
	pushq	%rbx
	movq	%rsi, %rsp
	popq	%rbx
	jmp	__x86_return_thunk
	.size	victim, .-victim
