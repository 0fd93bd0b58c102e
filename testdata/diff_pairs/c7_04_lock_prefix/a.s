# Pair c7_04_lock_prefix (a.s); class 7-behaviour-prefixes
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c7_04_lock_prefix/a.o
#
# Truth (per function):
#   f: changed -- lock vs no lock
#
# A: lock incl (%rdi) (atomic). B: incl (%rdi) (not atomic).

	.text
	.globl	f
	.type	f,@function
f:
	lock incl	(%rdi)
	ret
	.size	f, .-f
