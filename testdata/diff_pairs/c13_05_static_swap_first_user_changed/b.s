# Pair c13_05_static_swap_first_user_changed (b.s); class 10-writable-data
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c13_05_static_swap_first_user_changed/b.o
#
# Truth (per function):
#   a_changed: changed -- copies a.0 to a.1 in A and a.1 to a.0 in B, while b_same does not change
#
# c13_01 with the function that changes compared first (by name): a tool
# that pairs static variables by the first function that reaches them pairs
# a.0 with a.1 there, and only the second function contradicts it.

	.text
	.globl	a_changed
	.type	a_changed,@function
a_changed:
	movl	a.1(%rip), %eax
	movl	%eax, a.0(%rip)
	ret
	.size	a_changed, .-a_changed
	.globl	b_same
	.type	b_same,@function
b_same:
	movl	a.0(%rip), %eax
	movl	%eax, a.1(%rip)
	ret
	.size	b_same, .-b_same
	.data
	.type	a.0,@object
a.0:
	.long	0
	.size	a.0, 4
	.type	a.1,@object
a.1:
	.long	0
	.size	a.1, 4
