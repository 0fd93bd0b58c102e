# Bytes objtool cannot decode in another function: it gives up on the whole
# object, so nothing is claimed about the function that writes %rsp.
# Written for rspill's tests.
# want: victim uncertain

	.text
	.globl	garbled
	.type	garbled,@function
garbled:
	.byte	0xc4
	jmp	__x86_return_thunk
	.size	garbled, .-garbled

	.globl	victim
	.type	victim,@function
victim:
	pushq	%rbx
	movq	%rsi, %rsp
	popq	%rbx
	jmp	__x86_return_thunk
	.size	victim, .-victim
