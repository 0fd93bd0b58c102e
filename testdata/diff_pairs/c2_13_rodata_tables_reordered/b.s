# Pair c2_13_rodata_tables_reordered (b.s); class 2-data-via-relocations
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c2_13_rodata_tables_reordered/b.o
#
# Truth (per function):
#   f: identical -- reads the same table at a different .rodata offset
#   g: identical -- reads the same table at a different .rodata offset
#
# Two tables in .rodata; B emits them in the opposite order, so both
# relocation addends differ (.rodata-4 vs .rodata+28 ...). Each function still
# reads exactly the same bytes. Truth: both identical.

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
tb:
	.long	2, 7, 1, 8, 2, 8, 1, 8
ta:
	.long	3, 1, 4, 1, 5, 9, 2, 6
