# Pair c15_01_read_past_object_through_register (b.s); class 2-data-bounds
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c15_01_read_past_object_through_register/b.o
#
# Truth (per function):
#   f: changed -- f reads x[1], which is y: 2 in A, 3 in B
#
# f loads &x into %rax and reads 4(%rax): the 4 bytes after x, the local
# object y. Only y differs. A comparison of x alone would call f identical.

	.text
	.globl	f
	.type	f,@function
f:
	leaq	x(%rip), %rax
	movl	4(%rax), %eax
	ret
	.size	f, .-f
	.section	.rodata,"a"
	.p2align	2
	.type	x,@object
x:
	.long	1
	.size	x, 4
	.type	y,@object
y:
	.long	3
	.size	y, 4
