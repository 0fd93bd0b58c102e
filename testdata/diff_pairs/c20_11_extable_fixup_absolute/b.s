# Pair c20_11_extable_fixup_absolute (b.s); class 20-blind-review-16
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c20_11_extable_fixup_absolute/b.o
#
# From the blind review of diff's 'identical' in session 16, where
# rspill called this pair identical. Truth: changed.
# B encodes the ex_table fixup field with an absolute R_X86_64_32 (value = 
# address of 2b, truncated) instead of PC32 (2b - .). The kernel reads the 
# field as a self-relative offset, so B fixup jumps to a garbage address (and 
# in vmlinux the link fails/overflows).

	.text
	.globl f
	.type f,@function
f:
1:	movl (%rdi), %eax
2:	ret
	.size f, .-f
	.section __ex_table,"a"
	.p2align 2
.Le:	.long 1b - .
	.reloc ., R_X86_64_32, 2b; .long 0
	.long 3
