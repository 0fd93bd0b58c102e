# A call through a retpoline thunk with UACCESS enabled: objtool names the
# callee `{dynamic}`, not the thunk. Written for rspill's tests.
# want: thunk_call agree

	.text
	.globl	thunk_call
	.type	thunk_call,@function
thunk_call:
	pushq	%rbx
	movq	%rsp, %rbx
	movq	%rbx, %rsp
	stac
	call	__x86_indirect_thunk_rax
	clac
	popq	%rbx
	jmp	__x86_return_thunk
	.size	thunk_call, .-thunk_call
