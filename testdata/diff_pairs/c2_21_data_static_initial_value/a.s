# Pair c2_21_data_static_initial_value (a.s); class 2-data-via-relocations
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c2_21_data_static_initial_value/a.o
#
# Truth (per function):
#   f: changed -- private never-written .data scale 3 vs 4 (debatable: .data)
#
# f multiplies by a file-local variable "scale" in .data that nothing in the
# object writes and whose address never escapes (what -O0 code or a
# non-const static looks like). Initial value 3 in A, 4 in B: f returns 3x vs
# 4x. Debatable because .data is writable in principle; here no code can write
# it, so the value is effectively part of f.

	.text
	.globl	f
	.type	f,@function
f:
	movl	%edi, %eax
	imull	scale(%rip), %eax
	ret
	.size	f, .-f

	.data
	.p2align	2
	.type	scale,@object
scale:
	.long	3
	.size	scale, 4
