# Pair c34_01_int3_end_handled (a.s); class 34-int3-resumes (blind review 128, session 51)
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c34_01_int3_end_handled/a.o
# f ends in an int3 a die notifier handles (as int3_selftest's handles its
# own int3_selftest_ip, and only it): #BP returns after it, into the
# padding: nops to h in a.s (eax=5), int3s in b.s, which no handler takes
# (do_int3 -> die). f changed; so is h: the nops before it in a.s are
# room call-depth tracking patches its thunk into (blind review 133).
	.text
	.globl f
	.type f,@function
f:	movl $1,%eax
	int3
	.size f,.-f
	.byte 0x90,0x90,0x90,0x90,0x90,0x90,0x90,0x90,0x90
	.p2align 4,0x90
	.globl h
	.type h,@function
h:	movl $5,%eax
	ret
	.size h,.-h
