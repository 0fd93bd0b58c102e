#include "common.h"
// a static key site in driver (.text.driver) whose target is in victim (.text.victim), past the copy of %rsp
	.section .text.victim,"ax",@progbits
	.globl victim
	.type victim,@function
victim:
	push %rbx
	mov %rsp,%rbx
2:	call ext
	mov %rbx,%rsp
	pop %rbx
	ret
	.size victim, .-victim
	.section .text.driver,"ax",@progbits
	.globl driver
	.type driver,@function
driver:
	push %rbx
	SITE(1, 2b)
	pop %rbx
	ret
	.size driver, .-driver
	JTE(1b, 2b, key1)
	.data
	.globl key1
key1: .quad 0
	COMMENT
