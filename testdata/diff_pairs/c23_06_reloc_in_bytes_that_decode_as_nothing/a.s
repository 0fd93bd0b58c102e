# Pair c23_06_reloc_in_bytes_that_decode_as_nothing (a.s); class 23-patched-across-edges (blind review 58, session 37)
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c23_06_reloc_in_bytes_that_decode_as_nothing/a.o
# Truth: f changed, g identical.
# f starts with 0x06 (no instruction in 64-bit mode) under a 4-byte
# R_X86_64_32: the bytes there are s1's address (A) vs s2's (B).
	.text
	.globl f
	.type f,@function
f:
	.byte 0x06
	.byte 0, 0, 0
	ret
	.size f, .-f
	.reloc f, R_X86_64_32, s1
	.globl g
	.type g,@function
g:
	ret
	.size g, .-g
