// g's object takes the address of f, which another object defines, for
// IBT only: with -DNOSEAL through IBT_NOSEAL(f) (`.quad f` in
// .discard.ibt_endbr_noseal), which objtool counts on vmlinux.o to keep
// f's ENDBR; without it, nothing does and f is sealed (blind review 140).
// Build: clang-19 --target=x86_64-linux-gnu [-DNOSEAL] -c noseal_elsewhere.S -o OUT.o
	.text
	.globl g
	.type g,@function
g:	movl $2,%eax
	ret
	.size g,.-g
#ifdef NOSEAL
	.pushsection .discard.ibt_endbr_noseal,"",@progbits
	.quad f
	.popsection
#endif
