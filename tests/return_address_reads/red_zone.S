# A function keeping a local below %rsp (a userland red zone) reads it back,
# then branches through a function pointer plus its argument: into
# `spilled`'s middle for the right argument. rspill passes over the read of
# the red zone, and must not stop reading there: the computed branch after
# it makes the object entered anywhere (before: `spilled`'s restore was
# claimed redundant). The pointer is loaded through %rdx: a load of the
# field itself is a code address the first reading follows (session 44),
# which would refuse the claim before the reading along paths is asked.
#include "spilled.inc"
	.globl	jumper
	.p2align 4
	.type	jumper,@function
jumper:
	movq	%rdi, -8(%rsp)
	movq	-8(%rsp), %rcx
	leaq	fptr(%rip), %rdx
	movq	(%rdx), %rax
	addq	%rcx, %rax
	jmp	*%rax
	.size	jumper, .-jumper
	.data
	.p2align 3
fptr:	.quad	spilled
#include "compiled.inc"
