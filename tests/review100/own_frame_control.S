// The control: the copy spilled in victim's own frame (below the CFA,
// fresh: no pointer its caller holds can name it), then the same store
// through %rdi: claimed (README, "two analyses": a pointer from elsewhere
// reaches the frame only once a pointer into it went out).
#include "../review92/common.h"
.text
.globl victim
.type victim,@function
victim: push %rbx; sub $16,%rsp; mov %rsp,%rax; mov %rax,8(%rsp); mov %rdx,(%rdi); mov 8(%rsp),%rsp; add $16,%rsp; pop %rbx; ret
.size victim, .-victim
COMMENT
