# An alternative whose site is the function's first instruction: rspill's
# decode does not wire it in, so objtool's walk of it is not modelled (objtool
# walks the 3-byte NOP first, then finds the original path's undefined CFA at
# the visited jump). Written for rspill's tests.
# want: entry_alt uncertain

	.text
	.globl	entry_alt
	.type	entry_alt,@function
entry_alt:
661:	movq	%rdi, %rsp
662:
	.pushsection .altinstr_replacement, "ax"
663:	.byte	0x0f, 0x1f, 0x00
664:
	.popsection
	.pushsection .altinstructions, "a"
	.long	661b - .
	.long	663b - .
	.short	3*32+16			# a CPU feature bit, not SMAP or POPCNT
	.short	0
	.byte	662b - 661b
	.byte	664b - 663b
	.popsection
	jmp	__x86_return_thunk
	.size	entry_alt, .-entry_alt
