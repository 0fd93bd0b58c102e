# Pair c4_01_reachable_trailing_int3_vs_nop (a.s); class 4-padding-like-bytes
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c4_01_reachable_trailing_int3_vs_nop/a.o
#
# Truth (per function):
#   f: changed -- reachable trailing int3 (trap) vs nop (falls into g)
#   g: identical -- untouched
#
# The last byte inside f's symbol size is the target of "jne .Lt".
# A: int3 -> f(x!=0) traps. B: nop -> execution falls through into g (which
# directly follows, no alignment) and f(x!=0) returns 7. The byte looks like
# padding but is reachable.

	.text
	.globl	f
	.type	f,@function
f:
	testl	%edi, %edi
	jne	.Lt
	xorl	%eax, %eax
	ret
.Lt:
	int3
	.size	f, .-f

	.globl	g
	.type	g,@function
g:
	movl	$7, %eax
	ret
	.size	g, .-g
