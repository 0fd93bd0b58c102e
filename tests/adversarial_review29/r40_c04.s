	.include "r40_alt.inc"
	.text
	.globl g
	.type g,@function
g:	mov %rsp,%rbx
661:	.byte 0x66,0x90
662:	jmp 1f
	push %rax
1:	mov %rbx,%rsp
	ret
	.size g,.-g
	ALT 661b,662b,6641f,6642f
	.section .altinstr_replacement,"ax"
6641:	.byte 0x0f,0x1f,0x40,0x00
6642:
