# Pair c38_02_ibt_nonalloc_ref (a.s); class 38-endbr-sealing (blind review 139, session 51)
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c38_02_ibt_nonalloc_ref/a.o
# The same with .quad f in a non-loaded section (.note.fptr) in a.s:
# objtool counts it. f changed.
	.text
	.globl f
	.type f,@function
	.p2align 4
f:	endbr64
	movl $1,%eax
	jmp __x86_return_thunk
	.size f,.-f
	.pushsection .note.fptr,"",@progbits
	.quad f
	.popsection
