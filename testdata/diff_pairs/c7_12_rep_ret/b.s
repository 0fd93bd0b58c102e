# Pair c7_12_rep_ret (b.s); class 7-behaviour-prefixes
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c7_12_rep_ret/b.o
#
# Truth (per function):
#   f: identical -- rep ret executes as ret (debatable)
#
# A: ret. B: rep ret (f3 c3), the old AMD branch-predictor idiom; CPUs of both
# vendors execute it as a plain ret. Truth: identical (debatable: bytes differ).

	.text
	.globl	f
	.type	f,@function
f:
	leal	1(%rdi), %eax
	rep ret
	.size	f, .-f
