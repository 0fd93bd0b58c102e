# Pair c38_07_ibt_ref_from_prefetchw (a.s); class 38-endbr-sealing (blind review 143, session 51)
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c38_07_ibt_ref_from_prefetchw/a.o
# An executable .discard.text holds prefetchw f(%rip) in a.s, prefetcht0
# f(%rip) in b.s. objtool decodes it and types 0f 0d as a NOP, whose
# references keep no ENDBR: f sealed in a, kept in b. f changed.
	.text
	.globl f
	.type f,@function
f:	endbr64
	movl $1,%eax
	jmp __x86_return_thunk
	.size f,.-f
	.section .discard.text,"ax",@progbits
	prefetchw f(%rip)
