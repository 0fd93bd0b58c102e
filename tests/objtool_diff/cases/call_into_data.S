# A call whose relocation reaches a data section: objtool cannot find a call
# destination there and gives up on the whole object. Written for rspill's
# tests.
# want: victim uncertain

	.text
	.globl	caller
	.type	caller,@function
caller:
	call	.Lnot_code
	jmp	__x86_return_thunk
	.size	caller, .-caller

	.globl	victim
	.type	victim,@function
victim:
	pushq	%rbx
	movq	%rsi, %rsp
	popq	%rbx
	jmp	__x86_return_thunk
	.size	victim, .-victim

	.section .data.not_code, "aw"
.Lnot_code:
	.quad	0
