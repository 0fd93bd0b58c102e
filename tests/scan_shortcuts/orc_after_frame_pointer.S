# A function whose only stack business is a frame pointer (`push %rbp;
# mov %rsp,%rbp`) has no finding, and scan leaves objtool's walk of it for
# later: it matters only when a finding after it in the object loses the CFA
# (ORC generation stops at the object's first undefined CFA). Here it does:
# frame_lost overwrites %rbp while the CFA is %rbp-based, so objtool's CFA
# becomes undefined there and ORC generation stops in frame_lost, not at
# orc_late. Skipping frame_lost's walk would predict orc_late's line.
#
# rspill: orc_late (rsp-switch) masked: "ORC generation stops earlier in the object,
# at frame_lost+0x7"; objtool: "frame_lost+0x7: unknown CFA base reg -1".

	.text

	.globl	frame_lost
	.p2align 4
	.type	frame_lost,@function
frame_lost:
	pushq	%rbp
	movq	%rsp, %rbp
	movq	%rdi, %rbp			# objtool: the CFA base is overwritten
	ud2
	.size	frame_lost, .-frame_lost

	.globl	orc_late
	.p2align 4
	.type	orc_late,@function
orc_late:
	pushq	%rbx
	movq	%rdi, %rsp			# restore: unknown value
	ud2
	.size	orc_late, .-orc_late
