# Code after a BUG() that nothing reaches: objtool's unreachable-instruction
# check (not modelled) would speak first, and the build's options are not
# given, so no claim. Written for rspill's tests.
# want: orc_lost uncertain

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
