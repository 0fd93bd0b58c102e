# Pair c15_11_index_low_byte_rewritten (b.s); class 2-data-bounds
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c15_11_index_low_byte_rewritten/b.o
#
# Truth (per function):
#   f: changed -- the low byte of the masked index is replaced: esi = 10 reads tb[2], 1 vs 100
#
# After the mask, movb %sil, %dil replaces the index's low byte: it can be
# up to 255.

	.text
	.globl	f
	.type	f,@function
f:
	andl	$7, %edi
	movb	%sil, %dil
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
