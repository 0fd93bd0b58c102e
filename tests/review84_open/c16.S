#include "head.inc"
	mov ptr(%rip),%rax
	mov %rax,slot(%rip)
	addq $9,slot(%rip)
	jmp *slot(%rip)
	.data
ptr: .quad victim
slot: .quad 0
	.text

#include "tail.inc"
