# Pair c4_08_symbol_size_includes_padding (b.s); class 4-padding-like-bytes
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c4_08_symbol_size_includes_padding/b.o
#
# Truth (per function):
#   f: identical -- unreachable NOPs after ret inside vs outside the symbol size
#   g: identical -- untouched
#
# Same code. In A the padding NOPs after the ret are outside f's symbol size
# (.p2align), in B three NOPs are inside the size. They are after an
# unconditional ret and nothing branches to them: never executed.
# Truth: identical.

	.text
	.globl	f
	.type	f,@function
f:
	leal	(%rdi,%rdi), %eax
	ret
	nop
	nop
	nop
	.size	f, .-f
	.p2align	3, 0x90

	.globl	g
	.type	g,@function
g:
	leal	1(%rdi), %eax
	ret
	.size	g, .-g
