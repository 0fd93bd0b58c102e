# Pair c34_02_sls_int3_after_ret (b.s); class 34-int3-resumes (blind review 128, session 51)
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c34_02_sls_int3_after_ret/b.o
# Control: f ends in ret; int3 (straight-line-speculation padding nothing
# reaches), then nops (a.s) or int3s (b.s) before h: nothing runs on from
# f; h differs by the nops before it (call-depth thunk room, review 133).
	.text
	.globl f
	.type f,@function
f:	movl $1,%eax
	ret
	int3
	.size f,.-f
	.byte 0xcc,0xcc,0xcc,0xcc,0xcc,0xcc,0xcc,0xcc,0xcc
	.p2align 4,0xcc
	.globl h
	.type h,@function
h:	movl $5,%eax
	ret
	.size h,.-h
