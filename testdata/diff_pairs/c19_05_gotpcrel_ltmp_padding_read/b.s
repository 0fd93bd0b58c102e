# Pair c19_05_gotpcrel_ltmp_padding_read (b.s); class 19-blind-review-15c
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c19_05_gotpcrel_ltmp_padding_read/b.o
#
# From the third blind review of diff's 'identical' (session 15, final binary), where
# rspill called this pair identical. Truth: changed.
# g reads the bytes at a kept .Ltmp0 (GOTPCREL) after f: int3 int3 (A) vs nop nop (B) outside every function

	.text
	.globl f, g
	.type f,@function
f:
	ret
	.size f, .-f
.Ltmp0:
	nop
	nop
	.type g,@function
g:
	movq .Ltmp0@GOTPCREL(%rip), %rax
	movzbl (%rax), %eax
	ret
	.size g, .-g
