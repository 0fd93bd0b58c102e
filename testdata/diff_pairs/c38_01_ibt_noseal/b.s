# Pair c38_01_ibt_noseal (b.s); class 38-endbr-sealing (blind review 139, session 51)
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c38_01_ibt_noseal/b.o
# f starts with endbr64; a.s has IBT_NOSEAL(f) (.quad f in
# .discard.ibt_endbr_noseal), b.s not. In an IBT build objtool runs on
# vmlinux.o and lists in .ibt_endbr_seal every ENDBR no counted reference
# reaches (validate_ibt: the noseal section counts, other .discard ones do
# not); apply_seal_endbr NOPs it at boot, and an indirect call to f then
# takes #CP (the reviewer's model on the linked images: c(&f) returns 43
# in a, #CP in b). f changed.
	.text
	.globl f
	.type f,@function
	.p2align 4
f:	endbr64
	movl $1,%eax
	jmp __x86_return_thunk
	.size f,.-f
