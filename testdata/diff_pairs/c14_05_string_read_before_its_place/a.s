# Pair c14_05_string_read_before_its_place (a.s); class 2-data (blind review, session 9: 56_str1_mid_string_backward)
# Truth: see truth.tsv; the reviewer's notes:
# # 56 reference into the middle of a merge string ("hello"+2 vs "xxllo"+2): suffix "llo" equal,
# f reads p[-2] ('h' vs 'x'). (The linker keeps the whole piece containing the referenced offset.)
# TRUTH f changed

	.text
	.globl f
	.type f,@function
# p = "hello" + 2; return p[-2]
f:	leaq .Ls+2(%rip), %rax
	movzbl -2(%rax), %eax
	ret
	.size f,.-f
	.section .rodata.str1.1,"aMS",@progbits,1
.Ls:	.asciz "hello"
