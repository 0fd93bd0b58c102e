# Pair c2_04_lookup_table_late_entry (a.s); class 2-data-via-relocations
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c2_04_lookup_table_late_entry/a.o
#
# Truth (per function):
#   f: changed -- table entry 29 (byte 116) 87 vs 88
#   g: identical -- untouched control
#
# f indexes a 32-entry int table in .rodata (local symbol, so the relocation
# is .rodata-4 in both). Entry 29 (byte offset 116, i.e. past the first 48
# bytes) is 87 in A and 88 in B; f(29) differs. g is a control.

	.text
	.globl	f
	.type	f,@function
f:
	andl	$31, %edi
	leaq	tab(%rip), %rcx
	movl	(%rcx,%rdi,4), %eax
	ret
	.size	f, .-f

	.globl	g
	.type	g,@function
g:
	movl	%edi, %eax
	ret
	.size	g, .-g

	.section	.rodata
	.p2align	4
	.type	tab,@object
tab:
	.long	0, 3, 6, 9, 12, 15, 18, 21, 24, 27, 30, 33, 36, 39, 42, 45, 48, 51, 54, 57, 60, 63, 66, 69, 72, 75, 78, 81, 84, 87, 90, 93
	.size	tab, 128
