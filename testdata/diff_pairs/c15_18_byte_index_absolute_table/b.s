# Pair c15_18_byte_index_absolute_table (b.s); class 2-data-bounds
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c15_18_byte_index_absolute_table/b.o
#
# Truth (per function):
#   f: identical -- the index is a byte: f reads big[0..255], the same; only the word after the table differs
#
# An absolute table reference indexed by a zero-extended byte
# (-mcmodel=kernel style, R_X86_64_32S): 1024 bytes can be read; the word
# after them differs.

	.text
	.globl	f
	.type	f,@function
f:
	movzbl	%dil, %edi
	movl	big(,%rdi,4), %eax
	ret
	.size	f, .-f
	.section	.rodata,"a"
	.p2align	4
big:
	.fill	256, 4, 7
after:
	.long	2
