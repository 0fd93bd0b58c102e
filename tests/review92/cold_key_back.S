#include "common.h"
// victim's cold part in .text.unlikely holds a static-key site whose target is back in victim past the copy
	.text
	.globl victim
	.type victim,@function
victim:
	push %rbx
	test %rdi,%rdi
	jne victim.cold
	mov %rsp,%rbx
2:	call ext
	mov %rbx,%rsp
3:	pop %rbx
	ret
	.size victim, .-victim
	.section .text.unlikely,"ax",@progbits
	.type victim.cold,@function
victim.cold:
	SITE(1, 2b)
	call ext2
	ud2
	.size victim.cold, .-victim.cold
	JTE(1b, 2b, key1)
	.data
	.globl key1
key1: .quad 0
	COMMENT
