# Pair c7_02_rep_movsb (a.s); class 7-behaviour-prefixes
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c7_02_rep_movsb/a.o
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
	rep movsb
	ret
	.size	f, .-f
