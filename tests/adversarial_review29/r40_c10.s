	.text
	.include "victim_g.inc"
	.globl entry
	.type entry,@function
entry:	xor %ebx,%ebx
	.byte 0xc7,0xf8
	.long g+5-.-4
	xabort $0
	.size entry,.-entry
