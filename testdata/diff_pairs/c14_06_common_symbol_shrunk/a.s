# Pair c14_06_common_symbol_shrunk (a.s); class 2-data (blind review, session 9: 94_common_symbol_shrunk)
# Truth: see truth.tsv; the reviewer's notes:
# # 94 COMMON symbol buf: 16 bytes in A, 8 in B. f stores buf[1] (buf+8): in bounds in A, past the end in B.
# TRUTH f changed

	.text
	.globl f
	.type f,@function
f:	movq $1, buf+8(%rip)
	ret
	.size f,.-f
	.comm buf,16,8
