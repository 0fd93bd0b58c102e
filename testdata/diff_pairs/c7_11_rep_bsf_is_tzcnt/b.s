# Pair c7_11_rep_bsf_is_tzcnt (b.s); class 7-behaviour-prefixes
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c7_11_rep_bsf_is_tzcnt/b.o
#
# Truth (per function):
#   f: changed -- f3 prefix turns bsf into tzcnt
#
# A: bsf %edi,%eax. B: rep bsf = tzcnt (f3 0f bc): for x == 0 tzcnt returns
# 32 while bsf leaves eax unchanged (here -1).

	.text
	.globl	f
	.type	f,@function
f:
	movl	$-1, %eax
	.byte	0xf3
	bsfl	%edi, %eax
	ret
	.size	f, .-f
