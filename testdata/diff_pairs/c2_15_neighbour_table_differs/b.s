# Pair c2_15_neighbour_table_differs (b.s); class 2-data-via-relocations
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c2_15_neighbour_table_differs/b.o
#
# Truth (per function):
#   f: identical -- its (masked) table is unchanged; only the neighbour changed
#   g: changed -- tb[2] 1 vs 100
#
# ta and tb are adjacent in .rodata. f reads ta with a masked index (can only
# touch ta[0..7]); g reads tb, and tb[2] differs (1 vs 100). f must stay
# identical even though .rodata changed right after its table.

	.text
	.globl	f
	.type	f,@function
f:
	andl	$7, %edi
	leaq	ta(%rip), %rcx
	movl	(%rcx,%rdi,4), %eax
	ret
	.size	f, .-f

	.globl	g
	.type	g,@function
g:
	andl	$7, %edi
	leaq	tb(%rip), %rcx
	movl	(%rcx,%rdi,4), %eax
	ret
	.size	g, .-g

	.section	.rodata
	.p2align	4
ta:
	.long	3, 1, 4, 1, 5, 9, 2, 6
tb:
	.long	2, 7, 100, 8, 2, 8, 1, 8
