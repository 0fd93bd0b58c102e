# A static key in f jumps, once enabled, from the NOP (%rax = g+5) to .Lt,
# which calls k with it; in address order .Lt follows `xor %eax,%eax; ret`.
.include "victim_g.inc"
	.type k,@function
k:	call *%rax
	ret
	.size k,.-k
	.globl f
	.type f,@function
f:	lea g(%rip),%rax
	add $5,%rax
1:	.byte 0x0f,0x1f,0x44,0x00,0x00
	xor %eax,%eax
	ret
.Lt:	call k
	ret
	.size f,.-f
	.section __jump_table,"aw"
	.balign 8
	.long 1b - .
	.long .Lt - .
	.quad some_key - .
