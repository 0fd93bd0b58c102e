# Pair c38_06_ibt_noseal_weak_vs_label (b.s); class 38-endbr-sealing (blind review 143, session 51)
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c38_06_ibt_noseal_weak_vs_label/b.o
# f is weak. IBT_NOSEAL(f) by name in a.s, .quad .Lf (the same bytes by
# place) in b.s. objtool runs on vmlinux.o, the ld -r of all objects, where
# the name binds to another object's strong f: a keeps that f's ENDBR, b
# only the weak default's bytes, and the strong f is sealed (#CP on an
# indirect call). f changed.
	.text
	.weak f
	.type f,@function
f:
.Lf:	endbr64
	movl $1,%eax
	jmp __x86_return_thunk
	.size f,.-f
	.pushsection .discard.ibt_endbr_noseal,"",@progbits
	.quad .Lf
	.popsection
