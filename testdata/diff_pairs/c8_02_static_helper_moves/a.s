# Pair c8_02_static_helper_moves (a.s); class 8-noise
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c8_02_static_helper_moves/a.o
#
# Truth (per function):
#   f: identical -- same static callee, moved
#   g: identical -- same code, moved
#   helper: identical -- same code, moved
#
# f calls the static helper (no relocation). A: helper, f, g. B: f, g, helper
# (helper now after f, so the call displacement flips sign). Same callee.
# Truth: all identical.

	.text
	.type	helper,@function
helper:
	leal	(%rdi,%rdi,4), %eax
	ret
	.size	helper, .-helper
	.globl	f
	.type	f,@function
f:
	call	helper
	incl	%eax
	ret
	.size	f, .-f
	.globl	g
	.type	g,@function
g:
	negl	%edi
	movl	%edi, %eax
	ret
	.size	g, .-g
