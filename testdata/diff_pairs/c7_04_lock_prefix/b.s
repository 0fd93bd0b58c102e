# Pair c7_04_lock_prefix (b.s); class 7-behaviour-prefixes
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c7_04_lock_prefix/b.o
#
# Truth (per function):
#   f: changed -- lock vs no lock
#
# A: lock incl (%rdi) (atomic). B: incl (%rdi) (not atomic).

	.text
	.globl	f
	.type	f,@function
f:
	incl	(%rdi)
	ret
	.size	f, .-f
