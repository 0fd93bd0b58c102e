# Pair c10_05_var_s09 (a.s); class 10-writable-data (blind review, session 8)
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c10_05_var_s09/a.o
	.text
	.globl f
	.type f,@function
f:
	movl done.0(%rip), %eax
	movl $1, done.0(%rip)
	ret
	.size f, .-f
	.data
	.type done.0,@object
done.0:
	.long 0
	.size done.0, 4
