# Pair c38_03_ibt_eh_frame_ref (b.s); class 38-endbr-sealing (blind review 139, session 51)
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c38_03_ibt_eh_frame_ref/b.o
# The same with .cfi_startproc/.cfi_endproc in a.s: its .eh_frame FDE is
# relocated against f, which objtool counts. f changed.
	.text
	.globl f
	.type f,@function
	.p2align 4
f:	endbr64
	movl $1,%eax
	jmp __x86_return_thunk
	.size f,.-f
