# A static call whose key symbol is missing: objtool's static-call pass (not
# --module) fails before ORC generation, so the ORC line is not claimed; the
# walk's own warning in another function still is. Written for rspill's
# tests.
# want: orc_only uncertain
# want: walk_warns agree

	.text
	.globl	orc_only
	.type	orc_only,@function
orc_only:
	pushq	%rbx
	movq	%rdi, %rsp
	call	__SCT__some_hook
	ud2
	.size	orc_only, .-orc_only

	.globl	walk_warns
	.type	walk_warns,@function
walk_warns:
	pushq	%rbx
	movq	%rdi, %rsp
	popq	%rbx
	jmp	__x86_return_thunk
	.size	walk_warns, .-walk_warns
