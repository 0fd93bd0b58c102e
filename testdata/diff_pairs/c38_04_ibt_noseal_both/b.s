# Pair c38_04_ibt_noseal_both (b.s); class 38-endbr-sealing (blind review 139, session 51)
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c38_04_ibt_noseal_both/b.o
# Control: IBT_NOSEAL(f) on both sides. f identical.
	.text
	.globl f
	.type f,@function
	.p2align 4
f:	endbr64
	movl $1,%eax
	jmp __x86_return_thunk
	.size f,.-f
	.pushsection .discard.ibt_endbr_noseal,"",@progbits
	.quad f
	.popsection
