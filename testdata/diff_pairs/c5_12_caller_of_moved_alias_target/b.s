# Pair c5_12_caller_of_moved_alias_target (b.s); class 5-callee-identity
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c5_12_caller_of_moved_alias_target/b.o
#
# Truth (per function):
#   h: changed -- h calls f1 in A and f2 in B; an alias sits on f1 in A and on f2 in B
#   alias: changed -- alias names f1's code in A and f2's in B
#   f1: identical -- same code
#   f2: identical -- same code
#
# h calls f1 (A) or f2 (B) by name. "alias" is a second name of the callee in
# both (on f1 in A, on f2 in B): whoever names a callee by the address it
# reaches, and the address by its alphabetically first name, writes "alias"
# on both sides. h returns 2 vs 3.

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
	call	f2
	addl	$1, %eax
	ret
	.size	h, .-h
