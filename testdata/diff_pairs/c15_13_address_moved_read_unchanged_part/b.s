# Pair c15_13_address_moved_read_unchanged_part (b.s); class 2-data-bounds
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c15_13_address_moved_read_unchanged_part/b.o
#
# Truth (per function):
#   f: identical -- f reads ta+36 = tb[1], 7 in both; only tb[2] differs
#
# As c15_12, but B changes tb[2], which f never reads.

	.text
	.globl	f
	.type	f,@function
f:
	leaq	ta(%rip), %rcx
	addq	$32, %rcx
	movl	4(%rcx), %eax
	ret
	.size	f, .-f
	.section	.rodata,"a"
	.p2align	4
ta:
	.long	3, 1, 4, 1, 5, 9, 2, 6
tb:
	.long	2, 7, 100, 8, 2, 8, 1, 8
