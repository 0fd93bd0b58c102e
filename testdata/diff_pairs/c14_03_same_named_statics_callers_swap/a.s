# Pair c14_03_same_named_statics_callers_swap (a.s); class 5-callee-identity (blind review, session 9: 30_ldr_dup_static_names_call)
# Truth: see truth.tsv; the reviewer's notes:
# # 30 ld -r of two units that each have a static `helper`; unit 1's helper returns 1, unit 2's returns 2.
# A: f lives in unit 1 (calls helper->1), h in unit 2 (->2). B: f in unit 2 (->2), h in unit 1 (->1).
# Bodies of the two helpers keep their order (1 then 2). The call relocations both name "helper"
# (lld -r may turn them into section symbol + offset: see build).
# f: 1 vs 2, h: 2 vs 1.
# TRUTH f changed
# TRUTH h changed
# TRUTH helper any

	.text
	.type helper,@function
helper:	movl $1, %eax
	ret
	.size helper,.-helper
	.globl f
	.type f,@function
f:	call helper
	ret
	.size f,.-f
