# Pair c1_05_jump_into_instruction_middle (a.s); class 1-control-flow
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c1_05_jump_into_instruction_middle/a.o
#
# Truth (per function):
#   f: changed -- branch into the middle of an insn (executes c3=ret) vs to its start
#
# ".Lm: movb $0xc3,%al" is encoded b0 c3; byte .Lm+1 is a ret (c3).
# A: jne .Lm executes the movb: f(x!=0) returns 0xc3.
# B: jne .Lm+1 jumps into the middle of the movb and executes c3 = ret:
#    f(x!=0) returns 5. A disassembler/normaliser that maps branch targets to
#    instruction labels cannot express .Lm+1; it must not call this identical.

	.text
	.globl	f
	.type	f,@function
f:
	movl	$5, %eax
	testl	%edi, %edi
	jne	.Lm
	ret
.Lm:
	movb	$0xc3, %al
	ret
	.size	f, .-f
