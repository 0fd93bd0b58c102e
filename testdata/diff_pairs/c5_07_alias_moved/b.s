# Pair c5_07_alias_moved (b.s); class 5-callee-identity
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c5_07_alias_moved/b.o
#
# Truth (per function):
#   alias: changed -- alias points at f1 (A) vs f2 (B)
#   f1: identical -- same code
#   f2: identical -- same code
#
# "alias" is a global STT_FUNC alias (.set) of f1 in A and of f2 in B;
# external callers of alias run f1's code (returns 1) vs f2's (returns 2).
# f1 and f2 themselves are unchanged.

	.text
	.globl	f1
	.type	f1,@function
f1:
	movl	$1, %eax
	ret
	.size	f1, .-f1

	.globl	f2
	.type	f2,@function
f2:
	movl	$2, %eax
	ret
	.size	f2, .-f2

	.globl	alias
	.type	alias,@function
	.set	alias, f2
	.size	alias, 6
