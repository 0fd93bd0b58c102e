// victim spills its %rsp copy, calls sj (in another object), and on sj's
// first return (0) overwrites the slot and calls lj, which never returns:
// lj resumes at sj's return point with %eax = 1 (as longjmp does), where
// the restore loads the overwritten slot.
#include "../review92/common.h"
.text
.globl victim
.type victim,@function
victim: push %rbx
	sub $16,%rsp
	mov %rsp,8(%rsp)
	call sj
	test %eax,%eax
	jnz 2f
	movq $0x1000,8(%rsp)
	call lj
	add $16,%rsp; pop %rbx; ret
2:	mov 8(%rsp),%rsp
	add $16,%rsp; pop %rbx; ret
.size victim, .-victim
COMMENT
