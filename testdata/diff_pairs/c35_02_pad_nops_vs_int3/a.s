# Pair c35_02_pad_nops_vs_int3 (a.s); class 35-call-thunk-room (blind review 133, session 51)
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c35_02_pad_nops_vs_int3/a.o
# The same with 16 int3s before f in b.s.
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
