# Pair c10_04_var_s02 (b.s); class 10-writable-data (blind review, session 8)
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c10_04_var_s02/b.o
	.text
	.globl f
	.type f,@function
f:
	movl __already_done.4(%rip), %eax
	movl $1, __already_done.4(%rip)
	ret
	.size f, .-f
	.data
	.type __already_done.4,@object
__already_done.4:
	.byte 0,0,0,0
	.size __already_done.4, 4
