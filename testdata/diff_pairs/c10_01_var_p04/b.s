# Pair c10_01_var_p04 (b.s); class 10-writable-data (blind review, session 8)
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c10_01_var_p04/b.o
	.text
	.globl f
	.type f,@function
f:
	jmpq *p.1(%rip)
	.size f, .-f
	.data
	.type p.1,@object
p.1:
	.quad panic
	.size p.1, 8
