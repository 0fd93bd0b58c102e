# Pair c2_08_string_diff_at_char_49 (b.s); class 2-data-via-relocations
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c2_08_string_diff_at_char_49/b.o
#
# Truth (per function):
#   f: changed -- string differs at char 49
#
# f prints a string in plain .rodata. The first 48 characters are equal; the
# 49th character is 'W' in A and 'w' in B (puts prints a different line).

	.text
	.globl	f
	.type	f,@function
f:
	leaq	.Lmsg(%rip), %rdi
	jmp	puts@PLT
	.size	f, .-f

	.section	.rodata
.Lmsg:
	.asciz	"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVwXYZ tail"
