# Pair c10_04_var_s02 (a.s); class 10-writable-data (blind review, session 8)
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c10_04_var_s02/a.o
	.text
	.globl f
	.type f,@function
f:
	movl __already_done.3(%rip), %eax
	movl $1, __already_done.3(%rip)
	ret
	.size f, .-f
	.section .data..once,"aw"
	.type __already_done.3,@object
__already_done.3:
	.byte 0,0,0,0
	.size __already_done.3, 4
