# Pair c16_05_masked_index_past_merged_string (b.s); class 2-data-bounds
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c16_05_masked_index_past_merged_string/b.o
#
# Truth (per function):
#   f: changed -- index 0..7 over the 4-byte string "abc": bytes 4..7 are the next string, "xyz" vs "uvw"
#   g: changed -- g returns the other string, "xyz" vs "uvw"
#
# Past a merged string's terminator the link decides what lies there.

	.text
	.globl	f
	.type	f,@function
f:
	andl	$7, %edi
	leaq	.Ls1(%rip), %rcx
	movzbl	(%rcx,%rdi), %eax
	ret
	.size	f, .-f
	.section	.rodata.str1.1,"aMS",@progbits,1
.Ls1:
	.asciz	"abc"
.Ls2:
	.asciz	"uvw"
	.text
	.globl	g
	.type	g,@function
g:
	leaq	.Ls2(%rip), %rax
	ret
	.size	g, .-g
