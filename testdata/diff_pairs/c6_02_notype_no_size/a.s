# Pair c6_02_notype_no_size (a.s); class 6-code-outside-stt-func
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c6_02_notype_no_size/a.o
#
# Truth (per function):
#   asm_entry: changed -- sizeless notype entry: movl $1 vs $2
#   g: identical -- untouched
#
# Global asm entry with neither .type nor .size (STT_NOTYPE, st_size 0),
# followed by a normal function. The entry's code is "movl $1" (A) vs
# "movl $2" (B); its extent must be derived from the next symbol.

	.text
	.globl	asm_entry
asm_entry:
	movl	$1, %eax
	addl	%edi, %eax
	ret

	.globl	g
	.type	g,@function
g:
	xorl	%eax, %eax
	ret
	.size	g, .-g
