# Pair c23_05_reloc_runs_into_next_function (b.s); class 23-patched-across-edges (blind review 58, session 37)
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c23_05_reloc_runs_into_next_function/b.o
# Truth: f changed, g changed.
# f ends in `movl $0,%ecx`; a 4-byte R_X86_64_32 at its last 2 bytes runs on
# into g's first two bytes (the NOPs): A writes s1's address, B s2's, so g's
# first bytes (what g runs) differ with the link.
	.text
	.globl f
	.type f,@function
f:
	xorl %eax, %eax
	movl $0, %ecx
	.size f, .-f
	.globl g
	.type g,@function
g:
	.byte 0x90, 0x90
	ret
	.size g, .-g
	.reloc g-2, R_X86_64_32, s2
