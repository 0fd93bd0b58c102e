# Pair c15_06_aligned_store_misaligned_variable (b.s); class 2-data-bounds
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c15_06_aligned_store_misaligned_variable/b.o
#
# Truth (per function):
#   f: changed -- x is at .data+16 (16-aligned) in A, at .data+4 in B: movaps faults in B
#
# A 16-byte variable stored with movaps. B's padding object before it is 4
# bytes instead of 16: x loses its 16-byte alignment.

	.text
	.globl	f
	.type	f,@function
f:
	movaps	%xmm0, x(%rip)
	ret
	.size	f, .-f
	.data
	.p2align	4
	.type	pad,@object
pad:
	.long	0
	.size	pad, .-pad
	.type	x,@object
x:
	.long	0, 0, 0, 0
	.size	x, 16
