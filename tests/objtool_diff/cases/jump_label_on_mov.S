# A static key whose site is neither a jump nor a NOP, in a function that
# never writes %rsp: objtool's decode gives up on the whole object. Written
# for rspill's tests.
# want: victim uncertain

	.text
	.globl	keyed
	.type	keyed,@function
keyed:
1:	movl	$1, %eax
2:	jmp	__x86_return_thunk
	.size	keyed, .-keyed

	.pushsection __jump_table, "aw"
	.balign	8
	.long	1b - .
	.long	2b - .
	.quad	some_key - .
	.popsection

	.globl	victim
	.type	victim,@function
victim:
	pushq	%rbx
	movq	%rsi, %rsp
	popq	%rbx
	jmp	__x86_return_thunk
	.size	victim, .-victim
