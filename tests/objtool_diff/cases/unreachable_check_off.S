# The same code with the options of a KCOV build (`--no-unreachable`): the
# unreachable check does not run, so ORC generation's line is claimed.
# Written for rspill's tests.
# objtool-args: --hacks=jump_label --hacks=noinstr --orc --retpoline --rethunk --static-call --uaccess --no-unreachable
# want: orc_lost agree

	.text
	.globl	orc_lost
	.type	orc_lost,@function
orc_lost:
	pushq	%rbx
	movq	%rdi, %rsp
	ud2
	movl	$1, %eax		# nothing reaches it
	ud2
	.size	orc_lost, .-orc_lost
