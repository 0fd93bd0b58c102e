# Pair c2_05_lookup_table_global_symbol (a.s); class 2-data-via-relocations
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c2_05_lookup_table_global_symbol/a.o
#
# Truth (per function):
#   f: changed -- global table gtab[3] 4 vs 5 (relocation identical by name)
#
# Same as a lookup table, but the table is a global STT_OBJECT "gtab", so the
# relocation in f is against the symbol gtab-4 in both objects (same name, same
# addend). The bytes of gtab differ at index 3 (4 vs 5).

	.text
	.globl	f
	.type	f,@function
f:
	andl	$7, %edi
	leaq	gtab(%rip), %rcx
	movl	(%rcx,%rdi,4), %eax
	ret
	.size	f, .-f

	.section	.rodata
	.p2align	4
	.globl	gtab
	.type	gtab,@object
gtab:
	.long	1, 2, 3, 4, 5, 6, 7, 8
	.size	gtab, 32
