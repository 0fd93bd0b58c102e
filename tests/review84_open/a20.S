#include "head.inc"
	sub $16,%rsp
	popq buf(%rip)
	jmp *buf(%rip)
	.data
buf: .quad 0
	.text

#include "tail.inc"
