# Blind review 42 (session 31): r6.s
	.ident "clang version 19.1.7"
	.text
	.globl _start
	.type _start,@function
_start:
	lea g(%rip),%rdx
	mov $5,%cl
	.byte 0x86,0xd1
	mov %rdx,%rax
	jmp *%rax
	.size _start,.-_start
	.p2align 8
	.include "victim_g.inc"
