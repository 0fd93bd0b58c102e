# Pair c2_22_bytes_after_nul (b.s); class 2-data-via-relocations
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c2_22_bytes_after_nul/b.o
#
# Truth (per function):
#   f: changed -- bytes after the first NUL differ and are written
#
# f writes 8 bytes of a buffer in .rodata with write(1, buf, 8). The buffer is
# "abc\0def\0" in A and "abc\0xyz\0" in B: equal as C strings, different as the
# 8 bytes f actually writes.

	.text
	.globl	f
	.type	f,@function
f:
	movl	$1, %edi
	leaq	.Lbuf(%rip), %rsi
	movl	$8, %edx
	jmp	write@PLT
	.size	f, .-f

	.section	.rodata
.Lbuf:
	.ascii	"abc\000xyz\000"
