# Pair c6_05_out_of_line_reordered (a.s); class 6-code-outside-stt-func
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c6_05_out_of_line_reordered/a.o
#
# Truth (per function):
#   f: identical -- same out-of-line code at a different offset
#   g: identical -- same out-of-line code at a different offset
#
# f and g each have a symbol-less slow path in .text.unlikely. B emits g's
# block first, so both relocation addends change. Each function's slow path
# is the same code. Truth: identical.

	.text
	.globl	f
	.type	f,@function
f:
	testl	%edi, %edi
	jne	.Lslow_f
	xorl	%eax, %eax
.Lback_f:
	ret
	.size	f, .-f

	.globl	g
	.type	g,@function
g:
	testl	%edi, %edi
	jne	.Lslow_g
	movl	$5, %eax
.Lback_g:
	ret
	.size	g, .-g

	.section	.text.unlikely,"ax",@progbits
.Lslow_f:
	movl	$1, %eax
	jmp	.Lback_f
.Lslow_g:
	movl	$2, %eax
	addl	%edi, %eax
	jmp	.Lback_g
