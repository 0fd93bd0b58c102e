# Pair c19_04_gotpcrel_ltmp_moved (a.s); class 19-blind-review-15c
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c19_04_gotpcrel_ltmp_moved/a.o
#
# From the third blind review of diff's 'identical' (session 15, final binary), where
# rspill called this pair identical. Truth: changed.
# g reads the byte at a kept assembler label .Ltmp0 (GOTPCREL) after f: int3 (A) vs nop (B) - the label moved by one byte

	.text
	.globl f, g
	.type f,@function
f:
	ret
	.size f, .-f
.Ltmp0:
	int3
	nop
	.type g,@function
g:
	movq .Ltmp0@GOTPCREL(%rip), %rax
	movzbl (%rax), %eax
	ret
	.size g, .-g
