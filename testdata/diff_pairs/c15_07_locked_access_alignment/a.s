# Pair c15_07_locked_access_alignment (a.s); class 2-data-bounds
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c15_07_locked_access_alignment/a.o
#
# Truth (per function):
#   f: changed -- x is 4-aligned in A and at an odd offset in B: the locked increment may split a cache line
#
# A locked increment of a 4-byte variable. B's padding is 1 byte instead of
# 4: x is at .data+1, and at the end of a cache line the access is a split
# lock (a trap when split-lock detection is on).

	.text
	.globl	f
	.type	f,@function
f:
	lock incl	x(%rip)
	ret
	.size	f, .-f
	.data
	.p2align	6
	.type	pad,@object
pad:
	.byte	0, 0, 0, 0
	.size	pad, .-pad
	.type	x,@object
x:
	.long	0
	.size	x, 4
