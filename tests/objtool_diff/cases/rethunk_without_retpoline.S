# The naked-return warning comes from objtool's retpoline check, which runs
# only with --retpoline: with --rethunk alone a plain `ret` passes it.
# Written for rspill's tests.
# objtool-args: --hacks=jump_label --orc --rethunk --static-call --uaccess
# want: plain_ret agree

	.text
	.globl	plain_ret
	.type	plain_ret,@function
plain_ret:
	pushq	%rbx
	movq	%rsp, %rbx
	movq	%rbx, %rsp
	popq	%rbx
	ret
	.size	plain_ret, .-plain_ret
