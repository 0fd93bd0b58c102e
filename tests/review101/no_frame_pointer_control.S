// The control: the same spill at CFA-40 with %rbp no stack address (no
// frame pointer): ext is handed nothing that points into the frame.
#include "../review92/common.h"
.text
.globl victim
.type victim,@function
victim: push %rbx; sub $32,%rsp; mov %rsp,%rbx; mov %rbx,8(%rsp); call ext; mov 8(%rsp),%rbx; mov %rbx,%rsp; add $32,%rsp; pop %rbx; ret
.size victim, .-victim
COMMENT
