# Pair c18_01_code32_in_elf64_incdec (b.s); class 18-blind-review-15b
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c18_01_code32_in_elf64_incdec/b.o
#
# From the second blind review of diff's 'identical' (session 15), where
# rspill called this pair identical. Truth: changed.
# .code32 function in an ELF64 object (like pvh_start_xen / startup_32): inc %eax (40) vs dec %eax (48) before 'nop' - the tool decodes them as 64-bit REX prefixes


	.text
	.code32
	.globl s32; .type s32,@function
s32:	movl $5,%eax
	decl %eax
	nop
	ret
	.size s32, .-s32
	.code64
