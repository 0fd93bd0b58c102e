# Pair c14_02_pointer_table_alias_identity (b.s); class 5-callee-identity (blind review, session 9: 22_fptr_table_alias_identity)
# Truth: see truth.tsv; the reviewer's notes:
# # 22 tbl = {f1, g}; g is an alias of f1 in A, a separate same-body function in B
# h returns (tbl[0] == tbl[1]): 1 vs 0.
# TRUTH h changed
# TRUTH f1 identical
# TRUTH g any

	.text
	.globl f1
	.type f1,@function
f1:	movl $1, %eax
	ret
	.size f1,.-f1
	.globl g
	.type g,@function
g:	movl $1, %eax
	ret
	.size g,.-g
# h returns (tbl[0] == tbl[1])
	.globl h
	.type h,@function
h:	movq tbl(%rip), %rax
	cmpq tbl+8(%rip), %rax
	sete %al
	movzbl %al, %eax
	ret
	.size h,.-h
	.section .data.rel.ro,"aw"
	.p2align 3
	.type tbl,@object
tbl:	.quad f1
	.quad g
	.size tbl,16
