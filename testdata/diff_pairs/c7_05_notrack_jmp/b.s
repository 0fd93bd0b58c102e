# Pair c7_05_notrack_jmp (b.s); class 7-behaviour-prefixes
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c7_05_notrack_jmp/b.o
#
# Truth (per function):
#   f: changed -- notrack prefix on indirect jmp (IBT)
#
# A: jmp *%rax. B: notrack jmp *%rax (3e prefix): with CET-IBT enabled A
# requires an endbr64 at the target, B does not.

	.text
	.globl	f
	.type	f,@function
f:
	movq	(%rdi), %rax
	notrack jmp	*%rax
	.size	f, .-f
