# Pair c5_05_tail_jmp_static_swapped_same_bytes (a.s); class 5-callee-identity
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c5_05_tail_jmp_static_swapped_same_bytes/a.o
#
# Truth (per function):
#   f: changed -- byte-identical tail jmp reaching h1 (A) vs h2 (B)
#   h1: identical -- same code, moved
#   h2: identical -- same code, moved
#
# h1 returns 1, h2 returns 2; both are static, in .text, in front of f, so the
# reference from f is resolved by the assembler (no relocation). B swaps the
# order of h1/h2 AND makes f reference h2, so f's bytes are exactly the same
# as in A (same displacement to offset 0) but they now reach the other function.
# Only resolving the target to a symbol shows the change.
#
# f = jmp h1 (A, returns 1) vs jmp h2 (B, returns 2) - a tail call.

	.text
	.type	h1,@function
h1:
	movl	$1, %eax
	ret
	.size	h1, .-h1

	.type	h2,@function
h2:
	movl	$2, %eax
	ret
	.size	h2, .-h2

	.globl	f
	.type	f,@function
f:
	jmp	h1
	.size	f, .-f
