# objtool without --orc (here only the UACCESS walk): no ORC
# generation, so a lost CFA that no later stack operation meets prints
# nothing. Written for rspill's tests.
# objtool-args: --hacks=jump_label --retpoline --rethunk --static-call --uaccess --no-unreachable
# want: orc_lost agree

	.text
	.globl	orc_lost
	.type	orc_lost,@function
orc_lost:
	pushq	%rbx
	movq	%rdi, %rsp
	ud2
	.size	orc_lost, .-orc_lost
