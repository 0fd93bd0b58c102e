# Pair c15_08_masked_index_stays_in_its_table (a.s); class 2-data-bounds
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c15_08_masked_index_stays_in_its_table/a.o
#
# Truth (per function):
#   f: identical -- f reads ta[edi & 7]; ta is the same, only tb (after it) differs
#
# ta and tb are tables behind local labels (no size). f masks its index to
# 0..7: it can only read ta, which is the same. (c2_15 with the table read
# through a register.)

	.text
	.globl	f
	.type	f,@function
f:
	andl	$7, %edi
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
