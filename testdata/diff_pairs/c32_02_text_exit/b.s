# Pair c32_02_text_exit (b.s); class 32-sections-placed-by-name (blind review 123, session 50)
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c32_02_text_exit/b.o
# exit is in .text in a.s and in .text.exit in b.s: exit text, which the
# kernel's linker script discards or frees (vmlinux.lds.h EXIT_TEXT).
	.text
	.globl caller
	.type caller,@function
caller:
	call exit
	ret
	.size caller,.-caller
	.section .text.exit,"ax",@progbits
	.type exit,@function
exit:
	movl $1,%eax
	ret
	.size exit,.-exit
