# Pair c6_04_out_of_line_after_size (b.s); class 6-code-outside-stt-func
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c6_04_out_of_line_after_size/b.o
#
# Truth (per function):
#   f: changed -- symbol-less code after f.size differs
#   g: identical -- untouched
#
# f's slow path sits in .text right after f's .size (outside the symbol,
# before g), with only a .L label. "jne .Lslow" has no relocation. The slow
# path loads 1 in A and 2 in B: f(x!=0) returns 1 vs 2.

	.text
	.globl	f
	.type	f,@function
f:
	testl	%edi, %edi
	jne	.Lslow
	xorl	%eax, %eax
.Lback:
	ret
	.size	f, .-f
.Lslow:
	movl	$2, %eax
	jmp	.Lback

	.globl	g
	.type	g,@function
g:
	leal	3(%rdi), %eax
	ret
	.size	g, .-g
