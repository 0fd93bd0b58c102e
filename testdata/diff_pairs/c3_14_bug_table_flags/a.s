# Pair c3_14_bug_table_flags (a.s); class 3-kernel-patch-tables
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c3_14_bug_table_flags/a.o
#
# Truth (per function):
#   f: changed -- bug table WARN vs BUG flags
#
# __bug_table entry (s32 bug_addr, s32 file, u16 line, u16 flags = 12 bytes)
# for the ud2 in f. flags 0x901 = BUGFLAG_WARNING | BUGFLAG_TAINT(TAINT_WARN):
# WARN() - the trap handler prints and resumes after the ud2. flags 0 = BUG():
# the trap handler kills the task.
#
# A: WARN (0x901) -> f(x!=0) warns and returns 0. B: BUG (0) -> f(x!=0) dies.

	.text
	.globl	f
	.type	f,@function
f:
	testl	%edi, %edi
	je	2f
1:
	ud2
2:
	xorl	%eax, %eax
	ret
	.size	f, .-f

	.pushsection __bug_table,"aw"
	.long	1b - .
	.long	.Lfile - .
	.word	42
	.word	0x901
	.popsection

	.section	.rodata.str1.1,"aMS",@progbits,1
.Lfile:
	.asciz	"drivers/example/foo.c"
