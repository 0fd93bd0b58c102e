	.include "r40_alt.inc"
	.text
	.include "victim_g.inc"
	.globl entry
	.type entry,@function
entry:	lea g(%rip),%rax
	add $5,%rax
661:	.byte 0x0f,0x1f,0x44,0,0
	.byte 0x0f,0x1f,0x44,0,0
662:	xor %eax,%eax
	xor %ecx,%ecx
	xor %edx,%edx
	xor %ebx,%ebx
	ret
	.size entry,.-entry
	ALT 661b,662b,6641f,6642f
	.section .altinstr_replacement,"ax"
6641:	mov %eax,%fs
6642:
