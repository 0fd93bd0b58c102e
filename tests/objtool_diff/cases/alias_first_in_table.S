# Three global function symbols at one address, in table order f, zalias,
# aalias: rspill keeps aalias (alphabetically first), objtool names the place
# by the first in its table, f (`f+0x5: undefined stack state`). Blind review
# 106 (session 48): the prediction named aalias.
# want: aalias agree

	.text
	.globl	f
	.type	f,@function
	.globl	zalias
	.type	zalias,@function
	.globl	aalias
	.type	aalias,@function
aalias:
f:
zalias:
	pushq	%rbx
	movq	%rdi, %rsp
	nop
	popq	%rbx
	jmp	__x86_return_thunk
	.size	f, .-f
	.size	zalias, .-zalias
	.size	aalias, .-aalias
