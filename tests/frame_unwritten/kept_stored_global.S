#include "../review84_open/head.inc"
	sub $16,%rsp
	mov (%rsp),%rax
	mov %rax,slot(%rip)
	add $16,%rsp
	mov slot(%rip),%rcx
	jmp *%rcx
	.data
slot: .quad 0
	.text

#include "../review84_open/tail.inc"
