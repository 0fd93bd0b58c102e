# The exception fixup of a load in loads_user lies outside every function
# symbol. objtool walks it from the faulting load, with loads_user's state;
# it writes %rsp from a register, so objtool's CFA becomes undefined there
# and ORC generation stops at .text+0xd, before spills_late, whose own
# "unknown CFA base reg -1" objtool then never prints. The model walks
# functions only: spills_late's line is uncertain, not predicted (blind
# review, 2026-12-05).

	.text

	.globl	loads_user
	.type	loads_user,@function
loads_user:
	pushq	%rbx
.Lload:
	movq	(%rdi), %rax
	popq	%rbx
	jmp	__x86_return_thunk
	.size	loads_user, .-loads_user

	.pushsection __ex_table, "a"
	.balign	4
	.long	.Lload - .
	.long	.Lfixup - .
	.long	0
	.popsection

.Lfixup:					# no symbol covers this code
	movq	%rsi, %rsp
	nop
	ud2

	.globl	spills_late
	.type	spills_late,@function
spills_late:
	pushq	%rbx
	movq	%rdx, %rsp			# restore: unknown value
	ud2
	.size	spills_late, .-spills_late
