# Pair c7_07_fs_vs_gs (b.s); class 7-behaviour-prefixes
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c7_07_fs_vs_gs/b.o
#
# Truth (per function):
#   f: changed -- %fs vs %gs segment
#
# A: reads %fs:0x28 (user stack canary). B: reads %gs:0x28.

	.text
	.globl	f
	.type	f,@function
f:
	movq	%gs:0x28, %rax
	ret
	.size	f, .-f
