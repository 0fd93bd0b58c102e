# Pair c35_03_short_pad_control (b.s); class 35-call-thunk-room (blind review 133, session 51)
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c35_03_short_pad_control/b.o
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
	.byte 0x0f,0x1f,0x44,0,0
	.globl f
	.type f,@function
f:	movl $1,%eax
	ret
	.size f,.-f
