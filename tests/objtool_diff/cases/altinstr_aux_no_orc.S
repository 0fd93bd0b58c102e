# objtool walks functions in .altinstr_aux but generates no ORC for that
# section: an undefined CFA there does not stop ORC generation, so the
# function in .text.later (a section after it) gets its line. Written for rspill's tests.
# want: aux_lost agree
# want: later agree

	.section .altinstr_aux, "ax"
	.globl	aux_lost
	.type	aux_lost,@function
aux_lost:
	pushq	%rbx
	movq	%rdi, %rsp
	ud2
	.size	aux_lost, .-aux_lost

	.section .text.later, "ax"
	.globl	later
	.type	later,@function
later:
	pushq	%rbx
	movq	%rsi, %rsp
	ud2
	.size	later, .-later
