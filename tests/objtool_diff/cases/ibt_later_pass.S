# With --ibt, objtool's ENDBR checks run after the walk and before ORC
# generation (not modelled): the walk's own warning is claimed, the ORC line
# is not. Written for rspill's tests.
# objtool-args: --hacks=jump_label --hacks=noinstr --ibt --orc --retpoline --rethunk --static-call --uaccess --no-unreachable --link
# want: walk_warns agree
# want: orc_only uncertain

	.text
	.globl	orc_only
	.type	orc_only,@function
orc_only:
	endbr64
	pushq	%rbx
	movq	%rdi, %rsp
	ud2
	.size	orc_only, .-orc_only

	.globl	walk_warns
	.type	walk_warns,@function
walk_warns:
	endbr64
	pushq	%rbx
	movq	%rdi, %rsp
	popq	%rbx
	jmp	__x86_return_thunk
	.size	walk_warns, .-walk_warns
