#include "common.h"
// one_site_two_targets with its two entries in the other order
	.text
	.globl victim
	.type victim,@function
victim:
	push %rbx
	SITE(1, 2f)
5:	mov %rsp,%rbx
2:	call ext
	mov %rbx,%rsp
	pop %rbx
	ret
	.size victim, .-victim
	JTE(1b, 2b, key2)
	JTE(1b, 5b, key1)
	.data
	.globl key1, key2
key1: .quad 0
key2: .quad 0
	COMMENT
