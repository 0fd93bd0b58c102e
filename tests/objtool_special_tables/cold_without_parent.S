# A `.cold` part (`helper.cold`, STT_FUNC) whose parent `helper` the object
# does not have: objtool's read_symbols() gives up on the whole object
# (`can't find parent function`) before checking any function, so
# spill_once's own line is never printed: rspill makes no prediction.
# `helper.cold.1`'s parent is `helper.cold`'s prefix `helper` too.

	.text
	.globl	spill_once
	.type	spill_once,@function
spill_once:
	subq	$16, %rsp
	movq	%rsp, %rax
	movq	%rax, 8(%rsp)
	nop
	movq	8(%rsp), %rcx
	movq	%rcx, %rsp			# restore
	addq	$16, %rsp
	ret					# 'naked' return in a RETHUNK build
	.size	spill_once, .-spill_once

	.type	helper.cold,@function
helper.cold:
	ud2
	.size	helper.cold, .-helper.cold
