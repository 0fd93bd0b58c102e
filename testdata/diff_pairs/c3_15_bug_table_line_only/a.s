# Pair c3_15_bug_table_line_only (a.s); class 3-kernel-patch-tables
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c3_15_bug_table_line_only/a.o
#
# Truth (per function):
#   f: identical -- only the __bug_table line number differs (debatable)
#
# __bug_table entry (s32 bug_addr, s32 file, u16 line, u16 flags = 12 bytes)
# for the ud2 in f. flags 0x901 = BUGFLAG_WARNING | BUGFLAG_TAINT(TAINT_WARN):
# WARN() - the trap handler prints and resumes after the ud2. flags 0 = BUG():
# the trap handler kills the task.
#
# Only the line number differs (42 vs 43), as after an unrelated edit above
# the function. Same code, same trap behaviour; only the text of the report
# differs. Truth: identical (debatable: runtime-printed data, but a line
# number, which the tool says never counts).

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
