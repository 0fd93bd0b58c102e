# Pair c4_02_trailing_byte_read (b.s); class 4-padding-like-bytes
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c4_02_trailing_byte_read/b.o
#
# Truth (per function):
#   f: changed -- byte read by f: 0x90 vs 0xcc
#
# f loads the byte at .Ltail, the last byte inside its own symbol size.
# That byte is 0x90 (looks like nop padding) in A and 0xcc (looks like int3
# padding) in B: f returns 0x90 vs 0xcc. No relocation (same-section RIP
# displacement).

	.text
	.globl	f
	.type	f,@function
f:
	movzbl	.Ltail(%rip), %eax
	ret
.Ltail:
	.byte	0xcc
	.size	f, .-f
