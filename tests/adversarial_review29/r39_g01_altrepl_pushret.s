.include "victim_g.inc"
	.globl h
	.type h,@function
h:
	lea g(%rip),%rbx
661:	.skip 4,0x90
662:	push %rbx
	xor %ebx,%ebx
	ret
	.size h,.-h

	.section .altinstructions,"a"
	.long 661b - .
	.long 6641f - .
	.4byte 0x0000001a
	.byte 662b-661b
	.byte 6642f-6641f
	.section .altinstr_replacement,"ax"
6641:	add $5,%rbx
6642:
	.text
