# Pair c7_02_rep_movsb (b.s); class 7-behaviour-prefixes
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c7_02_rep_movsb/b.o
#
# Truth (per function):
#   f: changed -- rep movsb vs movsb
#
# A: rep movsb copies %rcx bytes. B: movsb copies one byte.

	.text
	.globl	f
	.type	f,@function
f:
	movq	%rdx, %rcx
	movsb
	ret
	.size	f, .-f
