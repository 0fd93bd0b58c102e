# Pair c13_01_static_swapped_in_one_of_two_users (b.s); class 10-writable-data
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c13_01_static_swapped_in_one_of_two_users/b.o
#
# Truth (per function):
#   g: changed -- g copies a.0 to a.1 in A and a.1 to a.0 in B, while f still copies a.0 to a.1
#
# f and g copy one static to the other. In B only g copies the other way:
# names, bytes and layout of the variables are the same. No renaming of the
# statics makes B's f and g both equal to A's: g must not be identical (f is
# identical by the truth; a pairing-based tool may say unknown for it).

	.text
	.globl	f
	.type	f,@function
f:
	movl	a.0(%rip), %eax
	movl	%eax, a.1(%rip)
	ret
	.size	f, .-f
	.globl	g
	.type	g,@function
g:
	movl	a.1(%rip), %eax
	movl	%eax, a.0(%rip)
	ret
	.size	g, .-g
	.data
	.type	a.0,@object
a.0:
	.long	0
	.size	a.0, 4
	.type	a.1,@object
a.1:
	.long	0
	.size	a.1, 4
