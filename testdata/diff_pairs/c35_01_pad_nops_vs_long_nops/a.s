# Pair c35_01_pad_nops_vs_long_nops (a.s); class 35-call-thunk-room (blind review 133, session 51)
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c35_01_pad_nops_vs_long_nops/a.o
# 16 single-byte nops before f in a.s (SYM_FUNC_START's FUNCTION_PADDING),
# two multi-byte nops in b.s; no __pfx_ symbol names them (with IBT or LTO
# objtool adds it at vmlinux.o). Call-depth tracking (callthunks.c
# patch_dest) writes its accounting thunk over the bytes before a call's
# destination only when they are all 0x90: calls to f count the call depth
# in a, not in b (the reviewer's model of patch_dest on the linked images:
# call_depth 0x100 -> 0x8 in a, unchanged in b). f changed; h the same.
	.text
	.p2align 4
	.globl h
	.type h,@function
h:	movl $3,%eax
	ret
	.size h,.-h
	.p2align 4,0xcc
	.skip 16,0x90
	.globl f
	.type f,@function
f:	movl $1,%eax
	ret
	.size f,.-f
