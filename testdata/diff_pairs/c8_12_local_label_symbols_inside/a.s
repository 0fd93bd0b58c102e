# Pair c8_12_local_label_symbols_inside (a.s); class 8-noise
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c8_12_local_label_symbols_inside/a.o
#
# Truth (per function):
#   f: identical -- only extra local label symbols inside f
#
# Same code. B uses non-.L labels inside f (loop_top, done_label), which the
# assembler keeps as local STT_NOTYPE symbols inside f's range; A uses .L
# labels (no symbols). Extra local symbols must not split or change f.
# Truth: identical.

	.text
	.globl	f
	.type	f,@function
f:
	xorl	%eax, %eax
	testl	%edi, %edi
	jle	.Ldone
.Ltop:
	addl	%edi, %eax
	decl	%edi
	jne	.Ltop
.Ldone:
	ret
	.size	f, .-f
