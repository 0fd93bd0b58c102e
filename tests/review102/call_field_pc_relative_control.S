// The control: the same call relocated as the assembler does it
// (R_X86_64_PLT32, addend -4): the hook itself, claimed.
#include "../review92/common.h"
.text
.globl victim
.type victim,@function
victim: push %rbx; sub $16,%rsp; mov %rsp,%rax; mov %rax,8(%rsp)
	call __sanitizer_cov_trace_pc
	mov 8(%rsp),%rax; mov %rax,%rsp; add $16,%rsp; pop %rbx; ret
.size victim, .-victim
COMMENT
