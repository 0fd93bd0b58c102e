# Pair c18_09_orc_sp_offset (b.s); class 18-blind-review-15b
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c18_09_orc_sp_offset/b.o
#
# From the second blind review of diff's 'identical' (session 15), where
# rspill called this pair identical. Truth: changed.
# .orc_unwind sp_offset 16 vs 8 at f+1 (unwinder/livepatch reliable stacktrace read a different frame)


	.text
	.globl f; .type f,@function
f:	pushq %rbp
1:	popq %rbp
	ret
	.size f, .-f
	.section .orc_unwind_ip,"a"
	.long 1b - .
	.section .orc_unwind,"a"
	.short 8
	.short 0
	.short 0x0015
