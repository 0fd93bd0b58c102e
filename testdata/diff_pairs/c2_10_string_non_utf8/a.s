# Pair c2_10_string_non_utf8 (a.s); class 2-data-via-relocations
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c2_10_string_non_utf8/a.o
#
# Truth (per function):
#   f: changed -- non-UTF-8 byte 0xff vs 0xfe
#
# The string contains one byte that is not valid UTF-8: 0xff in A, 0xfe in B.
# A lossy UTF-8 decoding renders both as U+FFFD; the bytes written differ.

	.text
	.globl	f
	.type	f,@function
f:
	leaq	.L.str(%rip), %rdi
	jmp	puts@PLT
	.size	f, .-f

	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str:
	.asciz	"value=\377 end"
