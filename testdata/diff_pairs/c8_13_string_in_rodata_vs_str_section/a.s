# Pair c8_13_string_in_rodata_vs_str_section (a.s); class 8-noise
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c8_13_string_in_rodata_vs_str_section/a.o
#
# Truth (per function):
#   f: identical -- same string in .rodata vs .rodata.str1.1
#
# The same NUL-terminated string is placed in plain .rodata in A and in the
# mergeable .rodata.str1.1 in B. f passes the same bytes to puts. Placement
# only. Truth: identical.

	.text
	.globl	f
	.type	f,@function
f:
	leaq	.Lmsg(%rip), %rdi
	jmp	puts@PLT
	.size	f, .-f

	.section	.rodata
.Lmsg:
	.asciz	"same text"
