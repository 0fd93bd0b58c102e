#include "common.h"
// two __jump_table sections: a null entry in the first, the site's in the second
	.text
	.globl victim
	.type victim,@function
victim:
	push %rbx
	SITE(1, 2f)
	mov %rsp,%rbx
2:	call ext
	mov %rbx,%rsp
	pop %rbx
	ret
	.size victim, .-victim
	.section __jump_table,"aw",@progbits,unique,1
	.balign 8
	.long 0,0
	.quad 0
	.section __jump_table,"aw",@progbits,unique,2
	.balign 8
	.long 1b - .
	.long 2b - .
	.quad key1 - .
	.data
	.globl key1
key1: .quad 0
	COMMENT
