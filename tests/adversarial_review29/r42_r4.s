# Blind review 42 (session 31): r4.s
	.ident "clang version 19.1.7"
	.text
	.globl _start
	.type _start,@function
_start:
	lea g(%rip),%rdx
	mov $0x105,%cx
	.byte 0x66,0x87,0xd1
	mov %rdx,%rax
	jmp *%rax
	.size _start,.-_start
	.p2align 8
	.include "victim_g.inc"
