# Pair c16_03_constant_index_past_sized_object (b.s); class 2-data-bounds
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c16_03_constant_index_past_sized_object/b.o
#
# Truth (per function):
#   f: changed -- index 2 of a 2-element object reads the next object, 3 vs 4
#
# An absolute table reference with a constant index one past the object's
# end (hand-written: C would not).

	.text
	.globl	f
	.type	f,@function
f:
	movl	$2, %edi
	movl	small(,%rdi,4), %eax
	ret
	.size	f, .-f
	.section	.rodata,"a"
	.p2align	2
	.type	small,@object
small:
	.long	1, 2
	.size	small, 8
	.type	next,@object
next:
	.long	4
	.size	next, 4
