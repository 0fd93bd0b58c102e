// victim spills its %rsp copy and calls __sanitizer_cov_trace_pc (a KCOV
// hook rspill knows touches nothing of the frame), but the call's
// displacement is relocated R_X86_64_32S: the field holds the symbol's
// address, and the call goes to the next instruction plus that address,
// not to the hook (code that may write the slot).
#include "../review92/common.h"
.text
.globl victim
.type victim,@function
victim: push %rbx; sub $16,%rsp; mov %rsp,%rax; mov %rax,8(%rsp)
	.byte 0xe8; .reloc ., R_X86_64_32S, __sanitizer_cov_trace_pc; .long 0
	mov 8(%rsp),%rax; mov %rax,%rsp; add $16,%rsp; pop %rbx; ret
.size victim, .-victim
COMMENT
