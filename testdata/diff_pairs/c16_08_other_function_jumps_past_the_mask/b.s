# Pair c16_08_other_function_jumps_past_the_mask (b.s); class 2-data-bounds
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c16_08_other_function_jumps_past_the_mask/b.o
#
# Truth (per function):
#   g: changed -- g jumps into f past its mask with esi as the index: esi = 10 reads tb[2], 1 vs 100
#   f: changed -- f is entered at .Lmid by g without the mask (from its own entry only ta is read; a tool may say changed or unknown)
#
# A jump from another function in the same section, which the assembler
# resolves without a relocation, enters f after its mask.

	.text
	.globl	f
	.type	f,@function
f:
	andl	$7, %edi
.Lmid:
	leaq	ta(%rip), %rcx
	movl	(%rcx,%rdi,4), %eax
	ret
	.size	f, .-f
	.globl	g
	.type	g,@function
g:
	movl	%esi, %edi
	jmp	.Lmid
	.size	g, .-g
	.section	.rodata,"a"
	.p2align	4
ta:
	.long	3, 1, 4, 1, 5, 9, 2, 6
tb:
	.long	2, 7, 100, 8, 2, 8, 1, 8
