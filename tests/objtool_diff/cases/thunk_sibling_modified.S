# A jump to a retpoline thunk is an indirect sibling call to objtool: with
# the frame still modified it warns there. Written for rspill's tests.
# want: thunk_tail agree

	.text
	.globl	thunk_tail
	.type	thunk_tail,@function
thunk_tail:
	pushq	%rbx
	movq	%rsp, %rbx
	movq	%rbx, %rsp
	jmp	__x86_indirect_thunk_rax
	.size	thunk_tail, .-thunk_tail
