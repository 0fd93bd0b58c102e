# Pair c15_15_address_returned (a.s); class 2-data-bounds
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c15_15_address_returned/a.o
#
# Truth (per function):
#   f: changed -- f returns &ta in %rax: its caller may read all of ta and past it (tb[2] 1 vs 100)
#
# f reads ta[0] and returns the address of ta: the caller reads what it
# likes from there, so everything after ta counts.

	.text
	.globl	f
	.type	f,@function
f:
	leaq	ta(%rip), %rax
	movl	(%rax), %edx
	ret
	.size	f, .-f
	.section	.rodata,"a"
	.p2align	4
ta:
	.long	3, 1, 4, 1, 5, 9, 2, 6
tb:
	.long	2, 7, 1, 8, 2, 8, 1, 8
