# Another COMDAT group of the same name (a `ret`) and a jump to
# grouped+0xf relocated against it: linked after comdat_defines.o, the
# link keeps comdat_defines.o's group, and the jump enters its grouped at
# the reload (ld.lld-19: `jmp ... <grouped+0xf>`), as for a weak
# definition.

	.section .text.grouped,"axG",@progbits,grouped,comdat
	.globl	grouped
	.type	grouped,@function
grouped:
	ret
	.size	grouped, .-grouped

	.text
	.globl	enter_the_kept_one
	.p2align 4
	.type	enter_the_kept_one,@function
enter_the_kept_one:
	subq	$0x40, %rsp
	movq	$0x4141, 0x8(%rsp)
	jmp	grouped+0xf
	.size	enter_the_kept_one, .-enter_the_kept_one
