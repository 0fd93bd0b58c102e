# Pair c2_11_str1_1_second_string_last_char (a.s); class 2-data-via-relocations
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c2_11_str1_1_second_string_last_char/a.o
#
# Truth (per function):
#   f: changed -- its format string differs in the last char
#   g: identical -- its string is unchanged
#
# Two strings in .rodata.str1.1; f uses the second one (relocation against the
# .L symbol kept for the merge section), g uses the first. Only the last
# character of the second string differs ("failed\n" vs "faileD\n").

	.text
	.globl	f
	.type	f,@function
f:
	leaq	.L.str.1(%rip), %rdi
	xorl	%eax, %eax
	jmp	printf@PLT
	.size	f, .-f

	.globl	g
	.type	g,@function
g:
	leaq	.L.str(%rip), %rdi
	xorl	%eax, %eax
	jmp	printf@PLT
	.size	g, .-g

	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str:
	.asciz	"%s: ok\n"
.L.str.1:
	.asciz	"%s: failed\n"
