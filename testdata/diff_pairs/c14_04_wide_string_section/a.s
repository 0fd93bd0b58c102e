# Pair c14_04_wide_string_section (a.s); class 2-data (blind review, session 9: 53_str2_wide_string)
# Truth: see truth.tsv; the reviewer's notes:
# # 53 SHF_MERGE|SHF_STRINGS with entsize 2 (UTF-16 string, terminator = 2 zero bytes).
# s = {0x41, 0x100 | 0x200, 0x43, 0}. Byte view: 41 00 00 01 ... (a 1-byte-char NUL scan stops after 'A').
# f returns s[1]: 0x100 vs 0x200.
# TRUTH f changed

	.text
	.globl f
	.type f,@function
# returns s[1] of a 2-byte-char string
f:	leaq .Ls(%rip), %rax
	movzwl 2(%rax), %eax
	ret
	.size f,.-f
	.section .rodata.str2.2,"aMS",@progbits,2
	.p2align 1
.Ls:	.short 0x0041, 0x0100, 0x0043, 0
