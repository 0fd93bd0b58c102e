# `spilled` calls `leaker`, which keeps a local below %rsp (a userland red
# zone), compares it, then reads its own return address (a place in the
# middle of `spilled`, after the copy) into a global; `jumper` jumps there.
# rspill passes over the read of the red zone as the function's own, and
# must still see the read of the return address after it: that makes the
# object entered anywhere (before: the first read was the only one looked
# at, and `spilled`'s restore was claimed redundant).
#define foo leaker
#include "spilled.inc"
#undef foo
	.globl	leaker
	.p2align 4
	.type	leaker,@function
leaker:
	movq	%rdi, -8(%rsp)
	cmpq	$0, -8(%rsp)
	movq	(%rsp), %rax
	movq	%rax, leaked(%rip)
	ret
	.size	leaker, .-leaker
	.globl	jumper
	.p2align 4
	.type	jumper,@function
jumper:
	jmp	*leaked(%rip)
	.size	jumper, .-jumper
	.bss
	.p2align 3
leaked:	.quad	0
#include "compiled.inc"
