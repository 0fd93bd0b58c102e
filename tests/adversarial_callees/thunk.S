# An object that defines its own __x86_return_thunk, which is no return.
# Truth in README.md. Built with: clang-19 -c thunk.S -o thunk.o

	.text

	.globl	__x86_return_thunk
	.type	__x86_return_thunk,@function
__x86_return_thunk:		# a return thunk that is not a return
	add	$8, %rbx
	ret
	.size	__x86_return_thunk, .-__x86_return_thunk

	.type	k_thunked,@function
k_thunked:			# returns through the thunk above
	jmp	__x86_return_thunk
	.size	k_thunked, .-k_thunked

	.globl	c_thunked
	.type	c_thunked,@function
c_thunked:
	push	%rbx
	mov	%rsp, %rbx
	call	k_thunked
	mov	%rbx, %rsp
	pop	%rbx
	ret
	.size	c_thunked, .-c_thunked

	.section	.note.GNU-stack,"",@progbits
