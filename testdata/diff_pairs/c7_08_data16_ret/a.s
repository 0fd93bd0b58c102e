# Pair c7_08_data16_ret (a.s); class 7-behaviour-prefixes
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c7_08_data16_ret/a.o
#
# Truth (per function):
#   f: changed -- 66-prefixed ret
#
# A: ret. B: data16 ret (66 c3): on AMD it pops a 16-bit return address.

	.text
	.globl	f
	.type	f,@function
f:
	leal	1(%rdi), %eax
	ret
	.size	f, .-f
