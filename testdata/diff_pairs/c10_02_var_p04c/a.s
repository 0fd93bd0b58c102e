# Pair c10_02_var_p04c (a.s); class 10-writable-data (blind review, session 8)
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c10_02_var_p04c/a.o
	.text
	.globl f
	.type f,@function
f:
	jmpq *p.0(%rip)
	.size f, .-f
	.data
	.type p.0,@object
p.0:
	.quad safe_handler
	.size p.0, 8
