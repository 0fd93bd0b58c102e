# Pair c13_02_static_swap_with_renaming (b.s); class 10-writable-data
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c13_02_static_swap_with_renaming/b.o
#
# Truth (per function):
#   g: changed -- as c13_01, with the names of a.0 and a.1 exchanged in B (f reads the renamed a.0)
#
# As c13_01, but B also exchanges the two statics' names: f copies a.1 to a.0
# (the same variables as A's f under the renaming), g copies a.0 to a.1 (the
# opposite direction under it).

	.text
	.globl	f
	.type	f,@function
f:
	movl	a.1(%rip), %eax
	movl	%eax, a.0(%rip)
	ret
	.size	f, .-f
	.globl	g
	.type	g,@function
g:
	movl	a.0(%rip), %eax
	movl	%eax, a.1(%rip)
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
