# Pair c1_06_identical_baseline (b.s); class 1-control-flow
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c1_06_identical_baseline/b.o
#
# Truth (per function):
#   f: identical -- same source
#   g: identical -- same source
#   helper: identical -- same source
#
# Control pair: a.s and b.s are the same program (only this header differs).
# Loops, external calls, rodata and a local callee: all identical.

	.text
	.type	helper,@function
helper:
	leal	(%rdi,%rdi,2), %eax
	ret
	.size	helper, .-helper

	.globl	f
	.type	f,@function
f:
	xorl	%eax, %eax
.Ltop:
	addl	%edi, %eax
	decl	%edi
	jg	.Ltop
	movl	%eax, %edi
	call	helper
	ret
	.size	f, .-f

	.globl	g
	.type	g,@function
g:
	leaq	.Lmsg(%rip), %rdi
	jmp	puts@PLT
	.size	g, .-g

	.section	.rodata.str1.1,"aMS",@progbits,1
.Lmsg:
	.asciz	"hello"
