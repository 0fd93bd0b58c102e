# Pair c2_14_merge_strings_reordered (a.s); class 2-data-via-relocations
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c2_14_merge_strings_reordered/a.o
#
# Truth (per function):
#   f: identical -- same string, different offset
#   g: identical -- same string, different offset
#
# Two strings in .rodata.str1.1 emitted in opposite order in B; f and g each
# still pass the same text to puts.

	.text
	.globl	f
	.type	f,@function
f:
	leaq	.Lalpha(%rip), %rdi
	jmp	puts@PLT
	.size	f, .-f

	.globl	g
	.type	g,@function
g:
	leaq	.Lbeta(%rip), %rdi
	jmp	puts@PLT
	.size	g, .-g

	.section	.rodata.str1.1,"aMS",@progbits,1
.Lalpha:
	.asciz	"alpha string"
.Lbeta:
	.asciz	"beta"
