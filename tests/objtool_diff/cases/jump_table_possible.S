# An indirect jump in a function that loads from a .rodata table may be a
# jump-table jump, whose entries objtool walks (not modelled): no claim.
# Written for rspill's tests.
# objtool-args: --hacks=jump_label --hacks=noinstr --orc --static-call --uaccess
# want: switchy uncertain

	.text
	.globl	switchy
	.type	switchy,@function
switchy:
	pushq	%rbx
	movq	%rdi, %rsp
	movq	.Ltable(,%rsi,8), %rax
	jmp	*%rax
	.size	switchy, .-switchy

	.section .rodata, "a"
	.p2align 3
.Ltable:
	.quad	switchy
