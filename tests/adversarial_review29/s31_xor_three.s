# g ^ .Lh1 ^ .Lh2 with .Lh1 ^ .Lh2 = 5 and g 16-aligned: g+5, handed to k.
# The difference of two code addresses is none; meeting a third, computed.
.include "victim_g.inc"
	.type k,@function
k:	call *%rax
	ret
	.size k,.-k
	.globl f
	.type f,@function
f:	lea g(%rip),%rax
	lea .Lh1(%rip),%rcx
	xor %rcx,%rax
	lea .Lh2(%rip),%rdx
	xor %rdx,%rax
	call k
	ret
	.size f,.-f
	.balign 16
.Lh1:	.byte 0x90,0x90,0x90,0x90,0x90
.Lh2:	ret
