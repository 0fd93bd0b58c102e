# Pair c2_16_pointer_table_entries_swapped (a.s); class 2-data-via-relocations
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c2_16_pointer_table_entries_swapped/a.o
#
# Truth (per function):
#   f: changed -- pointer table entries 1/2 swapped
#
# f prints names[x&3]; names is a pointer table in .data.rel.ro.local whose
# entries are R_X86_64_64 relocations to strings. B swaps entries 1 and 2, so
# the table bytes (all zero) are equal and only relocation targets differ.
# f(1) prints "one" in A and "two" in B.

	.text
	.globl	f
	.type	f,@function
f:
	andl	$3, %edi
	leaq	.Lnames(%rip), %rcx
	movq	(%rcx,%rdi,8), %rdi
	jmp	puts@PLT
	.size	f, .-f

	.section	.data.rel.ro.local,"aw",@progbits
	.p2align	3
.Lnames:
	.quad	.Ls0
	.quad	.Ls1
	.quad	.Ls2
	.quad	.Ls3

	.section	.rodata.str1.1,"aMS",@progbits,1
.Ls0:
	.asciz	"zero"
.Ls1:
	.asciz	"one"
.Ls2:
	.asciz	"two"
.Ls3:
	.asciz	"three"
