# Pair c15_05_aligned_load_section_alignment (a.s); class 2-data-bounds
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c15_05_aligned_load_section_alignment/a.o
#
# Truth (per function):
#   f: changed -- movaps needs 16-byte alignment: guaranteed in A, not in B (4-byte aligned section)
#
# A 16-byte constant at the start of its own section, read by movaps. A
# aligns the section to 16, B to 4: in B the load may fault, depending on the
# link.

	.text
	.globl	f
	.type	f,@function
f:
	movaps	.Lc(%rip), %xmm0
	ret
	.size	f, .-f
	.section	.rodata.cst,"a",@progbits
	.p2align	4
.Lc:
	.long	1, 2, 3, 4
