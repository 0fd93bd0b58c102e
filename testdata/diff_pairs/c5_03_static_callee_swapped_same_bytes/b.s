# Pair c5_03_static_callee_swapped_same_bytes (b.s); class 5-callee-identity
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c5_03_static_callee_swapped_same_bytes/b.o
#
# Truth (per function):
#   f: changed -- byte-identical call reaching h1 (A) vs h2 (B)
#   h1: identical -- same code, moved
#   h2: identical -- same code, moved
#
# h1 returns 1, h2 returns 2; both are static, in .text, in front of f, so the
# reference from f is resolved by the assembler (no relocation). B swaps the
# order of h1/h2 AND makes f reference h2, so f's bytes are exactly the same
# as in A (same displacement to offset 0) but they now reach the other function.
# Only resolving the target to a symbol shows the change.
#
# f = call h1; add $10 (A: returns 11) vs call h2 (B: returns 12).

	.text
	.type	h2,@function
h2:
	movl	$2, %eax
	ret
	.size	h2, .-h2

	.type	h1,@function
h1:
	movl	$1, %eax
	ret
	.size	h1, .-h1

	.globl	f
	.type	f,@function
f:
	call	h2
	addl	$10, %eax
	ret
	.size	f, .-f
