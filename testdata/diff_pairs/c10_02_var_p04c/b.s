# Pair c10_02_var_p04c (b.s); class 10-writable-data (blind review, session 8)
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c10_02_var_p04c/b.o
	.text
	.globl f
	.type f,@function
f:
	jmpq *p.0(%rip)
	.size f, .-f
	.data
	.type p.0,@object
p.0:
	.quad panic
	.size p.0, 8
