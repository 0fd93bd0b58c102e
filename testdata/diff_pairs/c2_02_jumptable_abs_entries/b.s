# Pair c2_02_jumptable_abs_entries (b.s); class 2-data-via-relocations
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c2_02_jumptable_abs_entries/b.o
#
# Truth (per function):
#   f: changed -- absolute jump table entries 0/3 swapped: f(0)=20 vs 23
#
# gcc-style absolute switch table: "jmp *.L4(,%rax,8)" (R_X86_64_32S .rodata)
# with .quad entries (R_X86_64_64 .text+N). The table bytes are all zero in
# both objects (RELA); only the relocation addends of entries 0 and 3 differ.
# f(0) returns 20 in A and 23 in B.

	.text
	.globl	f
	.type	f,@function
f:
	cmpl	$3, %edi
	ja	.L2
	movl	%edi, %edi
	jmp	*.L4(,%rdi,8)
.L5:
	movl	$20, %eax
	ret
.L6:
	movl	$21, %eax
	ret
.L7:
	movl	$22, %eax
	ret
.L8:
	movl	$23, %eax
	ret
.L2:
	movl	$-1, %eax
	ret
	.size	f, .-f

	.section	.rodata
	.align	8
.L4:
	.quad	.L8
	.quad	.L6
	.quad	.L7
	.quad	.L5
