# Pair c14_08_direct_load_wider_than_variable (b.s); class 2-data
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c14_08_direct_load_wider_than_variable/b.o
#
# Truth (per function):
#   f: changed -- an 8-byte load of the 4-byte x also reads y: 2 in A, 3 in B
#
# x (4 bytes) is followed by y; f loads 8 bytes at x, so y's value is in the
# upper half of %rax. Only y differs (own case, after the blind review's 15).

	.text
	.globl	f
	.type	f,@function
f:
	movq	x(%rip), %rax
	shrq	$32, %rax
	ret
	.size	f, .-f

	.section	.rodata,"a"
	.p2align	3
	.type	x,@object
x:
	.long	1
	.size	x, 4
	.type	y,@object
y:
	.long	3
	.size	y, 4
