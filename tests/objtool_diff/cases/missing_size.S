# A function symbol without `.size`: objtool says it is missing an ELF size
# annotation and does not walk it; rspill makes no claim about it. The next
# function, sized, is walked as usual. Written for rspill's tests.
# want: unsized uncertain
# want: sized agree

	.text
	.globl	unsized
	.type	unsized,@function
unsized:
	movq	%rdi, %rsp
	jmp	__x86_return_thunk

	.globl	sized
	.type	sized,@function
sized:
	movq	%rdi, %rsp
	jmp	__x86_return_thunk
	.size	sized, .-sized
