# Pair c8_05_text_vs_function_section (a.s); class 8-noise
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c8_05_text_vs_function_section/a.o
#
# Truth (per function):
#   f: identical -- same code in .text vs .text.f
#
# f is emitted in .text in A and in .text.f (-ffunction-sections style) in B,
# same code. Layout/linker-placement only; execution is identical.
# Truth: identical. (I would NOT say the same for .text vs .init.text or
# .noinstr.text, where the section changes lifetime/instrumentation rules.)

	.text
	.globl	f
	.type	f,@function
f:
	leal	(%rdi,%rsi), %eax
	ret
	.size	f, .-f
