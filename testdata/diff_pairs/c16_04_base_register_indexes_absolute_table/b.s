# Pair c16_04_base_register_indexes_absolute_table (b.s); class 2-data-bounds
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c16_04_base_register_indexes_absolute_table/b.o
#
# Truth (per function):
#   f: changed -- bytes(%rdi) with rdi 0..7 reads after[0..3]: 5 vs 6
#
# `bytes(%rdi)`: the register is the base, the relocation the displacement;
# it indexes the table like an index register would.

	.text
	.globl	f
	.type	f,@function
f:
	andl	$7, %edi
	movzbl	bytes(%rdi), %eax
	ret
	.size	f, .-f
	.section	.rodata,"a"
	.type	bytes,@object
bytes:
	.byte	1, 2, 3, 4
	.size	bytes, 4
	.type	after,@object
after:
	.byte	6, 5, 5, 5
	.size	after, 4
