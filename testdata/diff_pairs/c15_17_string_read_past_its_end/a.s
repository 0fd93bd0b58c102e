# Pair c15_17_string_read_past_its_end (a.s); class 2-data-bounds
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c15_17_string_read_past_its_end/a.o
#
# Truth (per function):
#   f: changed -- f loads 8 bytes from the 4-byte string "abc": the next 4 bytes are layout (here "xyz" vs "uvw")
#   g: changed -- g returns the other string, "xyz" vs "uvw"
#
# Merged strings: the bytes after a string's terminator are whatever the
# linker puts there. f reads past it.

	.text
	.globl	f
	.type	f,@function
f:
	leaq	.Ls1(%rip), %rax
	movq	(%rax), %rax
	ret
	.size	f, .-f
	.section	.rodata.str1.1,"aMS",@progbits,1
.Ls1:
	.asciz	"abc"
.Ls2:
	.asciz	"xyz"
	.text
	.globl	g
	.type	g,@function
g:
	leaq	.Ls2(%rip), %rax
	ret
	.size	g, .-g
