# Pair c20_15_bug_entries_order (b.s); class 20-blind-review-16
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c20_15_bug_entries_order/b.o
#
# From the blind review of diff's 'identical' in session 16, where
# rspill called this pair identical. Truth: changed.
# Two __bug_table entries for the same ud2, in opposite order. find_bug() 
# returns the first match: A finds the WARN entry (execution continues), B 
# finds the BUG entry (oops).

	.text
	.globl f
	.type f,@function
f:
	testl %edi, %edi
	je 2f
1:	ud2
2:	ret
	.size f, .-f
	.section .rodata.str1.1,"aMS",@progbits,1
.Lfile:	.asciz "foo.c"
	.section __bug_table,"aw"
	.p2align 2
.Lb1:	.long 1b - .
	.long .Lfile - .
	.word 42
	.word 0
	.org .Lb1 + 12
.Lb2:	.long 1b - .
	.long .Lfile - .
	.word 42
	.word (1<<0)
	.org .Lb2 + 12
