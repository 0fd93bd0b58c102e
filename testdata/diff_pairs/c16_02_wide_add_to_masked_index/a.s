# Pair c16_02_wide_add_to_masked_index (a.s); class 2-data-bounds
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c16_02_wide_add_to_masked_index/a.o
#
# Truth (per function):
#   f: changed -- after the mask, addq $2 makes the index 2..9: reads tb[0..1], tb[1] 7 vs 70
#
# A 64-bit add to a masked index.

	.text
	.globl	f
	.type	f,@function
f:
	andl	$7, %edi
	addq	$2, %rdi
	leaq	ta(%rip), %rcx
	movl	(%rcx,%rdi,4), %eax
	ret
	.size	f, .-f
	.section	.rodata,"a"
	.p2align	4
ta:
	.long	3, 1, 4, 1, 5, 9, 2, 6
tb:
	.long	2, 7, 1, 8, 2, 8, 1, 8
