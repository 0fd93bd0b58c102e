#include "common.h"
// two __ex_table sections: a harmless entry in the first, in the second a
// fault in victim whose fixup is past the copy of %rsp
	.text
	.globl victim
	.type victim,@function
victim:
	push %rbx
	test %rdi,%rdi
	jne 1f
	mov %rsp,%rbx
3:	call ext
	mov %rbx,%rsp
	pop %rbx
	ret
1:	ud2
4:	ud2
	.size victim, .-victim
	.section __ex_table,"a",@progbits,unique,1
	.balign 4
	.long 4b - .
	.long 4b - .
	.long 3
	.section __ex_table,"a",@progbits,unique,2
	.balign 4
	.long 1b - .
	.long 3b - .
	.long 3
	COMMENT
