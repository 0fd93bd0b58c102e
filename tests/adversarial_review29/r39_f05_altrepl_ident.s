.include "victim_g.inc"
	.ident "clang version 19.1.0"
	.section .note.GNU-stack,"",@progbits
	.text
	.globl h
	.type h,@function
h:
	lea g(%rip),%rax
661:	.skip 4,0x90
662:	jmp *%rax
	.size h,.-h

	.section .altinstructions,"a"
	.long 661b - .
	.long 6641f - .
	.4byte 0x0000001a
	.byte 662b-661b
	.byte 6642f-6641f
	.section .altinstr_replacement,"ax"
6641:	add $5,%rax
6642:
	.text
