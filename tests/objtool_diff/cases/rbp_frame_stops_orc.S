# objtool's walk loses the CFA in a function that never writes %rsp: with
# %rbp as the CFA base (after `mov %rsp,%rbp`), overwriting %rbp makes it
# undefined. ORC generation stops there first, so the later function's own
# undefined CFA prints nothing. Written for rspill's tests.
# want: later agree

	.text
	.globl	frame_lost
	.type	frame_lost,@function
frame_lost:
	pushq	%rbp
	movq	%rsp, %rbp
	movq	%rdi, %rbp
	ud2
	.size	frame_lost, .-frame_lost

	.globl	later
	.type	later,@function
later:
	pushq	%rbx
	movq	%rsi, %rsp
	ud2
	.size	later, .-later
