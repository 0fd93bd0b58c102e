# Pair c14_01_function_alias_address_compared (a.s); class 5-callee-identity (blind review, session 9: 20_func_alias_addr_cmp)
# Truth: see truth.tsv; the reviewer's notes:
# # 20 g is an alias of f1 in A (.set g, f1), a separate copy with the same body in B
# k returns (&f1 == &g): 1 in A, 0 in B. f1 unchanged. g: same body; only its address identity changed (not scored).
# TRUTH k changed
# TRUTH f1 identical
# TRUTH g any

	.text
	.globl f1
	.type f1,@function
f1:	movl $1, %eax
	ret
	.size f1,.-f1
	.globl g
	.set g, f1
# k returns (&f1 == &g)
	.globl k
	.type k,@function
k:	leaq f1(%rip), %rax
	leaq g(%rip), %rcx
	cmpq %rax, %rcx
	sete %al
	movzbl %al, %eax
	ret
	.size k,.-k
