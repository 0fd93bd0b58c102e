# Pair c15_10_index_rewritten_after_mask (b.s); class 2-data-bounds
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c15_10_index_rewritten_after_mask/b.o
#
# Truth (per function):
#   f: changed -- the masked index is overwritten by esi: esi = 10 reads tb[2], 1 vs 100
#
# The index is masked, then replaced by the second argument before the read.

	.text
	.globl	f
	.type	f,@function
f:
	andl	$7, %edi
	movl	%esi, %edi
	leaq	ta(%rip), %rcx
	movl	(%rcx,%rdi,4), %eax
	ret
	.size	f, .-f
	.section	.rodata,"a"
	.p2align	4
ta:
	.long	3, 1, 4, 1, 5, 9, 2, 6
tb:
	.long	2, 7, 100, 8, 2, 8, 1, 8
