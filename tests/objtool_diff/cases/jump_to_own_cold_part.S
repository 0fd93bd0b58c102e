# A jump to the function's own .cold part (through a section symbol) is no
# sibling call to objtool: it walks the cold code as this function's (not
# modelled), so no claim. Written for rspill's tests.
# want: hot uncertain

	.text
	.globl	hot
	.type	hot,@function
hot:
	pushq	%rbx
	movq	%rsp, %rbx
	movq	%rbx, %rsp
	testq	%rdi, %rdi
	jne	hot.cold
	popq	%rbx
	jmp	__x86_return_thunk
	.size	hot, .-hot

	.section .text.unlikely, "ax"
	.type	hot.cold,@function
hot.cold:
	popq	%rbx
	jmp	__x86_return_thunk
	.size	hot.cold, .-hot.cold
