# Pair c7_06_addr32 (b.s); class 7-behaviour-prefixes
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c7_06_addr32/b.o
#
# Truth (per function):
#   f: changed -- address-size prefix truncates the address
#
# A: movl (%rdi),%eax. B: movl (%edi),%eax (67 address-size prefix): the address is
# truncated to 32 bits.

	.text
	.globl	f
	.type	f,@function
f:
	movl	(%edi), %eax
	ret
	.size	f, .-f
