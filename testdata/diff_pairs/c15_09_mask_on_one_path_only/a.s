# Pair c15_09_mask_on_one_path_only (a.s); class 2-data-bounds
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c15_09_mask_on_one_path_only/a.o
#
# Truth (per function):
#   f: changed -- when esi != 0 the mask is skipped: edi = 10 reads tb[2], 1 vs 100
#
# The mask is on one of two paths into the read: on the other the index is
# whatever the caller passed, so the read reaches tb, which differs.

	.text
	.globl	f
	.type	f,@function
f:
	testl	%esi, %esi
	jne	.Lin
	andl	$7, %edi
.Lin:
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
