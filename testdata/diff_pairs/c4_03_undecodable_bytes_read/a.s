# Pair c4_03_undecodable_bytes_read (a.s); class 4-padding-like-bytes
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c4_03_undecodable_bytes_read/a.o
#
# Truth (per function):
#   f: changed -- undecodable data bytes read by f differ
#
# f loads a 16-bit constant stored inside its own body right after the ret.
# The bytes are invalid opcodes in 64-bit mode (06 = push %es, 0e/1e =
# push %cs/%ds), so a disassembler prints "(bad)" for both versions.
# A: 06 0e -> f returns 0x0e06. B: 06 1e -> 0x1e06.

	.text
	.globl	f
	.type	f,@function
f:
	movzwl	.Ldat(%rip), %eax
	ret
.Ldat:
	.byte	0x06, 0x0e
	.size	f, .-f
