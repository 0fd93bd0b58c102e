# Pair c16_07_cold_part_enters_past_the_mask (b.s); class 2-data-bounds
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c16_07_cold_part_enters_past_the_mask/b.o
#
# Truth (per function):
#   hot: changed -- when esi != 0 the cold part replaces the index and jumps back past the mask: edx = 10 reads tb[2], 1 vs 100
#   hot.cold: changed -- its path continues in hot with the unmasked index (a tool may say unknown)
#
# gcc's hot/cold split: the cold part jumps back into the middle of the hot
# function, to the read, with an index the mask never saw.

	.text
	.globl	hot
	.type	hot,@function
hot:
	andl	$7, %edi
	testl	%esi, %esi
	jne	hot.cold
.Lback:
	leaq	ta(%rip), %rcx
	movl	(%rcx,%rdi,4), %eax
	ret
	.size	hot, .-hot
	.section	.text.unlikely,"ax",@progbits
	.type	hot.cold,@function
hot.cold:
	movl	%edx, %edi
	jmp	.Lback
	.size	hot.cold, .-hot.cold
	.section	.rodata,"a"
	.p2align	4
ta:
	.long	3, 1, 4, 1, 5, 9, 2, 6
tb:
	.long	2, 7, 100, 8, 2, 8, 1, 8
