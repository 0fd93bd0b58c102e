#include "common.h"
// a fault (`ud2`) in victim.cold (.text.unlikely) whose __ex_table fixup is back in victim, past the copy of %rsp
	.text
	.globl victim
	.type victim,@function
victim:
	push %rbx
	test %rdi,%rdi
	jne victim.cold
	mov %rsp,%rbx
3:	call ext
	mov %rbx,%rsp
	pop %rbx
	ret
	.size victim, .-victim
	.section .text.unlikely,"ax",@progbits
	.type victim.cold,@function
victim.cold:
1:	ud2
	ud2
	.size victim.cold, .-victim.cold
	.section __ex_table,"a"
	.balign 4
	.long 1b - .
	.long 3b - .
	.long 3
	COMMENT
