# Pair c5_09_abs_address_section_symbol_swapped (b.s); class 5-callee-identity
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c5_09_abs_address_section_symbol_swapped/b.o
#
# Truth (per function):
#   f: changed -- same .text+0 absolute relocation names h1 (A) vs h2 (B)
#   h1: identical -- same code, moved
#   h2: identical -- same code, moved
#
# h1 returns 1, h2 returns 2; both are static, in .text, in front of f, and f takes
# an absolute address (movq $h1,%rax -> R_X86_64_32S .text+0). B swaps the
# order of h1/h2 AND makes f reference h2, so f's bytes AND its relocation
# (.text+0) are exactly the same as in A but they now reach the other function.
# Only resolving the target to a symbol shows the change.
#
# f = movq $h1,%rax; jmp *%rax (A, returns 1) vs movq $h2,%rax (B, returns 2).

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
	movq	$h2, %rax
	jmp	*%rax
	.size	f, .-f
