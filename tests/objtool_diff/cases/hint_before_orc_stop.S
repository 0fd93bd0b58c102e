# An earlier function with an unwind hint (not modelled) may stop ORC
# generation before the later function's undefined CFA: no claim about it.
# Written for rspill's tests.
# want: later uncertain

	.text
	.globl	hinted
	.type	hinted,@function
hinted:
	nop
1:	nop
	ud2
	.size	hinted, .-hinted

	.pushsection .discard.unwind_hints, "a"
	.long	1b - .
	.short	0			# sp_offset
	.byte	0			# sp_reg: undefined
	.byte	2			# type: call
	.byte	0			# signal
	.balign	4
	.popsection

	.globl	later
	.type	later,@function
later:
	pushq	%rbx
	movq	%rsi, %rsp
	ud2
	.size	later, .-later
