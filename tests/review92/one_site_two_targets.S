#include "common.h"
// two entries for one site: one target harmless (the next instruction), the other past the copy of %rsp
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
#ifdef REVERSED
	JTE(1b, 2b, key2)
	JTE(1b, 5b, key1)
#else
	JTE(1b, 5b, key1)
	JTE(1b, 2b, key2)
#endif
	.data
	.globl key1, key2
key1: .quad 0
key2: .quad 0
	COMMENT
