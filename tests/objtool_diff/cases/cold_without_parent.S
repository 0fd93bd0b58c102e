# A `.cold` function whose parent symbol does not exist: objtool gives up
# while reading the symbols, so nothing is claimed for the object. Written
# for rspill's tests.
# want: victim uncertain

	.section .text.unlikely, "ax"
	.type	orphan.cold,@function
orphan.cold:
	ud2
	.size	orphan.cold, .-orphan.cold

	.text
	.globl	victim
	.type	victim,@function
victim:
	pushq	%rbx
	movq	%rsi, %rsp
	popq	%rbx
	jmp	__x86_return_thunk
	.size	victim, .-victim
