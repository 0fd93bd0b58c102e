# Pair c5_13_caller_through_alias_added (a.s); class 5-callee-identity
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c5_13_caller_through_alias_added/a.o
#
# Truth (per function):
#   h: identical -- h calls f1 by name in both; B adds a second name for f1
#   f1: identical -- same code
#   f2: identical -- same code
#
# h calls f1 in both. B adds "alias" as another name of f1 (A has it on f2).
# The code h runs is f1's in both.

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

	.globl	h
	.type	h,@function
h:
	call	f1
	addl	$1, %eax
	ret
	.size	h, .-h
