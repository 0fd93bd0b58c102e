# Truth: .smp_locks entry points at the disp8 byte 0xf0 of "lea -0x10(%rbx),%rsp" (48 8d 63 f0).
# On a UP boot alternatives_smp_unlock() rewrites every 0xf0 byte listed in .smp_locks to 0x3e (DS prefix)
# -> "lea 0x3e(%rbx),%rsp": rsp moves by +0x3e+0x10 instead of 0.
	.text
	.globl h
	.type h,@function
h:
	lea 0x10(%rsp),%rbx
	nop
	.byte 0x48,0x8d,0x63
1:	.byte 0xf0		# lea -0x10(%rbx),%rsp
	ret
	.size h,.-h
	.section .smp_locks,"a"
	.p2align 2
	.long 1b - .
