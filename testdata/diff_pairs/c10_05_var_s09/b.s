# Pair c10_05_var_s09 (b.s); class 10-writable-data (blind review, session 8)
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c10_05_var_s09/b.o
	.text
	.globl f
	.type f,@function
f:
	movl done.1(%rip), %eax
	movl $1, done.1(%rip)
	ret
	.size f, .-f
	.section .data..ro_after_init,"aw"
	.type done.1,@object
done.1:
	.long 0
	.size done.1, 4
