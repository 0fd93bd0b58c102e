# Pair c10_03_var_p05 (a.s); class 10-writable-data (blind review, session 8)
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c10_03_var_p05/a.o
	.text
	.globl f
	.type f,@function
f:
	incl cnt.0(%rip)
	ret
	.size f, .-f
	.globl h
	.type h,@function
h:
	movq tab(%rip), %rax
	movl $0, (%rax)
	ret
	.size h, .-h
	.data
	.type cnt.0,@object
cnt.0:
	.long 0
	.size cnt.0, 4
	.type cnt.1,@object
cnt.1:
	.long 0
	.size cnt.1, 4
	.section .data.rel,"aw"
	.type tab,@object
tab:
	.quad cnt.0
	.size tab, 8
