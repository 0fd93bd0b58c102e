# Pair c16_01_narrow_increment_of_masked_index (b.s); class 2-data-bounds
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c16_01_narrow_increment_of_masked_index/b.o
#
# Truth (per function):
#   f: changed -- after the mask, incb makes the index 1..8: index 8 reads tb[0], 2 vs 20
#
# A byte increment of a masked index: the range moves past ta's end.

	.text
	.globl	f
	.type	f,@function
f:
	andl	$7, %edi
	incb	%dil
	leaq	ta(%rip), %rcx
	movl	(%rcx,%rdi,4), %eax
	ret
	.size	f, .-f
	.section	.rodata,"a"
	.p2align	4
ta:
	.long	3, 1, 4, 1, 5, 9, 2, 6
tb:
	.long	20, 7, 1, 8, 2, 8, 1, 8
