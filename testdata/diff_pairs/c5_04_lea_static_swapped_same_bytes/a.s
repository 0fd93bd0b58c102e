# Pair c5_04_lea_static_swapped_same_bytes (a.s); class 5-callee-identity
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c5_04_lea_static_swapped_same_bytes/a.o
#
# Truth (per function):
#   f: changed -- byte-identical lea reaching h1 (A) vs h2 (B)
#   h1: identical -- same code, moved
#   h2: identical -- same code, moved
#
# h1 returns 1, h2 returns 2; both are static, in .text, in front of f, so the
# reference from f is resolved by the assembler (no relocation). B swaps the
# order of h1/h2 AND makes f reference h2, so f's bytes are exactly the same
# as in A (same displacement to offset 0) but they now reach the other function.
# Only resolving the target to a symbol shows the change.
#
# f = lea h1(%rip),%rax; jmp *%rax  (A) vs lea h2(%rip) (B): returns 1 vs 2.

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
	leaq	h1(%rip), %rax
	jmp	*%rax
	.size	f, .-f
