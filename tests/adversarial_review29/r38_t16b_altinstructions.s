.include "victim_g.inc"
	.globl h
	.type h,@function
h:
661:	.skip 11,0x90
662:
	.pushsection .altinstructions,"a"
	.long 661b - .
	.long 6641f - .
	.long 0
	.byte 662b-661b
	.byte 6642f-6641f
	.popsection
	.pushsection .altinstr_replacement,"ax"
6641:	lea g(%rip),%rax
	add $5,%rax
	call *%rax
6642:
	.popsection
	ret
	.size h,.-h
