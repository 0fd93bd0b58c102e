# A static call's trampoline `__SCT__tick` called without its key
# `__SCK__tick` in the object: objtool's static-call pass (for vmlinux
# objects, run before ORC generation) fails on it, so the ORC line of
# switch_stack (`unknown CFA base reg -1`) is never printed: rspill makes
# that prediction uncertain. `__SCT__tock` has its key and changes nothing.

	.text
	.globl	switch_stack
	.type	switch_stack,@function
switch_stack:
	pushq	%rbx
	movq	%rdi, %rsp			# restore: unknown value
	call	__SCT__tick
	call	__SCT__tock
	ud2
	.size	switch_stack, .-switch_stack

	.data
	.globl	__SCK__tock
__SCK__tock:
	.quad	0
