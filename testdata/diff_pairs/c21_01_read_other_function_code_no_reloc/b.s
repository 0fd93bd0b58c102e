# Pair c21_01_read_other_function_code_no_reloc (b.s); class 21-blind-review-16b
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c21_01_read_other_function_code_no_reloc/b.o
#
# From the second blind review of diff's 'identical' in session 16, where
# rspill called this pair identical. Truth: changed.
# f reads the opcode byte of g's jne via a reloc-free rip-relative ref to a 
# local label: A 0x75 (short), B 0x0f (near). Tool normalises branch 
# encodings, so g compares identical, and f's operand is the same label. 
# Emulated: f returns 117 vs 15. 

	.text
	.globl f
	.type f,@function
f:	movzbl .Lj(%rip), %eax
	ret
	.size f, .-f
	.globl g
	.type g,@function
g:	testl %edi,%edi
.Lj:	.byte 0x0f,0x85
	.long 5
	movl $1,%eax
1:	ret
	.size g, .-g
