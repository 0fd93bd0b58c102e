# A function symbol starting inside another: objtool names the place in inner
# `big+0xb`, walks inner's instructions as inner's and prints `big() falls
# through to next function inner()` first for big. Neither is modelled: both
# uncertain. Blind review 106 (session 48).
# want: big uncertain
# want: inner uncertain

	.text
	.globl	big
	.type	big,@function
big:
	pushq	%rbx
	movq	%rsp, %rbx
	subq	$8, %rsp
	.globl	inner
	.type	inner,@function
inner:
	movq	%rdi, %rsp
	nop
	call	g
	ud2
	.size	inner, .-inner
	.size	big, .-big
