# A frame-pointer build's objtool (--stackval) also checks calls without a
# frame and %rbp used as scratch (not modelled): no claim. Written for
# rspill's tests.
# objtool-args: --hacks=jump_label --stackval --orc --retpoline --rethunk --static-call --uaccess
# want: no_frame_call uncertain

	.text
	.globl	no_frame_call
	.type	no_frame_call,@function
no_frame_call:
	pushq	%rbx
	movq	%rsp, %rbx
	movq	%rbx, %rsp
	call	elsewhere
	popq	%rbx
	jmp	__x86_return_thunk
	.size	no_frame_call, .-no_frame_call
