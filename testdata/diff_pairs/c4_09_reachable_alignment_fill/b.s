# Pair c4_09_reachable_alignment_fill (b.s); class 4-padding-like-bytes
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c4_09_reachable_alignment_fill/b.o
#
# Truth (per function):
#   f: changed -- branch into fill after f: int3 (trap) vs nop slide into g
#   g: identical -- untouched
#
# f's jne targets .Lout = the first byte after f's symbol end, i.e. the
# .p2align fill before g (f is 7 bytes, 9 fill bytes).
# A: fill 0xcc -> f(x!=0) hits int3 and traps.
# B: fill 0x90 -> f(x!=0) slides through the NOPs into g and returns 7.
# The difference is entirely outside f's symbol size, in "padding".

	.text
	.globl	f
	.type	f,@function
f:
	testl	%edi, %edi
	jne	.Lout
	xorl	%eax, %eax
	ret
.Lout:
	.size	f, .-f
	.p2align	4, 0x90

	.globl	g
	.type	g,@function
g:
	movl	$7, %eax
	ret
	.size	g, .-g
