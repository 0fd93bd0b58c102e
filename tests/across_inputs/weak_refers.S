# A weak definition of jumped_into and a jump to jumped_into+0xf: linked
# with defines.o, whose jumped_into is strong, the jump enters defines.o's
# jumped_into at its reload (ld.lld-19 binds the relocation to the strong
# definition).

	.text
	.weak	jumped_into
	.p2align 4
	.type	jumped_into,@function
jumped_into:
	ret
	.size	jumped_into, .-jumped_into

	.globl	enter_the_strong_one
	.p2align 4
	.type	enter_the_strong_one,@function
enter_the_strong_one:
	subq	$0x40, %rsp
	movq	$0x4141, 0x8(%rsp)
	jmp	jumped_into+0xf
	.size	enter_the_strong_one, .-enter_the_strong_one
