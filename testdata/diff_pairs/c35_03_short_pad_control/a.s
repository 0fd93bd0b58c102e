# Pair c35_03_short_pad_control (a.s); class 35-call-thunk-room (blind review 133, session 51)
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c35_03_short_pad_control/a.o
# Control: 5 single-byte nops before f in a.s, a 5-byte nop in b.s: fewer
# bytes than any call-depth thunk, which patch_dest never writes there.
	.text
	.p2align 4
	.globl h
	.type h,@function
h:	movl $3,%eax
	ret
	.size h,.-h
	.p2align 4,0xcc
	.skip 5,0x90
	.globl f
	.type f,@function
f:	movl $1,%eax
	ret
	.size f,.-f
