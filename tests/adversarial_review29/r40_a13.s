	.include "r40_alt.inc"
	.text
	.include "victim_g.inc"
	.globl entry
	.type entry,@function
entry:	lea g(%rip),%rax
	add $5,%rax
	mov %rax,%rdx
	shr $32,%rdx
	mov $0xc0000082,%ecx
661:	.byte 0x66,0x90
662:	xor %eax,%eax
	xor %edx,%edx
	xor %ebx,%ebx
	syscall
	ret
	.size entry,.-entry
	ALT 661b,662b,6641f,6642f
	.section .altinstr_replacement,"ax"
6641:	wrmsr
6642:
