# Pair c2_17_pointer_table_string_content (a.s); class 2-data-via-relocations
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c2_17_pointer_table_string_content/a.o
#
# Truth (per function):
#   f: changed -- string reached through pointer table differs
#
# Same pointer table as c2_16, but here the table is identical and the string
# reached through the second level of indirection changes ("three" vs
# "thr3e"). f(3) prints different text.

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
