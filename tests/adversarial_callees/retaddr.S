# Callees that read their own return address: one moves it up a word, one
# calls through it. Kept apart from callees.S since session 32: a return
# address read otherwise than by returning makes the whole object a place
# entered anywhere (README, "Return addresses"), which would hide the other
# callees' reasons. Built with: clang-19 -c retaddr.S -o retaddr.o

	.text

	.type	k_drop_word,@function
k_drop_word:			# pops the word above its return address
	pop	%rax
	pop	%rcx
	push	%rax
	ret
	.size	k_drop_word, .-k_drop_word

	.type	k_call_back,@function
k_call_back:			# calls the caller's continuation again
	call	*(%rsp)
	ret
	.size	k_call_back, .-k_call_back

	.macro	caller name, callee
	.globl	\name
	.type	\name,@function
\name:
	push	%rbx
	mov	%rsp, %rbx
	call	\callee
	mov	%rbx, %rsp
	pop	%rbx
	ret
	.size	\name, .-\name
	.endm

	caller	c_drop_word, k_drop_word
	caller	c_call_back, k_call_back
