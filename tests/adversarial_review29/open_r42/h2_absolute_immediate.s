# Blind review 42 (session 31): h2.s (open: an absolute immediate with no relocation equals g+5 only at the link address the test chose)
	.ident "clang version 19.1.7"
	.text
	.globl _start
	.type _start,@function
_start:
	mov $0x400105,%eax
	jmp *%rax
	.size _start,.-_start
	.p2align 8
	.include "../victim_g.inc"
