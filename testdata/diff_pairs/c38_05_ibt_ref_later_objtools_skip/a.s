# Pair c38_05_ibt_ref_later_objtools_skip (a.s); class 38-endbr-sealing (blind review 140, session 51)
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c38_05_ibt_ref_later_objtools_skip/a.o
# .quad f in a non-loaded .note.fptr in a.s, in .llvm_bb_addr_map in b.s:
# every objtool counts the first, objtools after 6.12 pass over the second
# (f sealed there; 6.12 keeps it). f changed.
	.text
	.globl f
	.type f,@function
f:	endbr64
	movl $1,%eax
	jmp __x86_return_thunk
	.size f,.-f

	.section .note.fptr,"",@progbits
	.quad f
