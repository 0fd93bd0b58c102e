# Pair c2_09_str1_1_diff_at_char_250 (a.s); class 2-data-via-relocations
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c2_09_str1_1_diff_at_char_250/a.o
#
# Truth (per function):
#   f: changed -- merge string differs at char 251
#
# String in the mergeable .rodata.str1.1 section (compiler style). 250 equal
# characters, then "END" vs "ENX". f passes it to puts.

	.text
	.globl	f
	.type	f,@function
f:
	leaq	.L.str(%rip), %rdi
	jmp	puts@PLT
	.size	f, .-f

	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str:
	.asciz	"0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789END"
