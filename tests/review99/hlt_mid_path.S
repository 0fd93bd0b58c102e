// `hlt` inside the function: after the interrupt that wakes it, the sub
// runs and the restore moves %rsp by +16 (the path through the hlt was
// taken to end there).
#include "../review92/common.h"
.text
.globl victim
.type victim,@function
victim: push %rbx; mov %rsp,%rbx; call ext; test %edi,%edi; je 1f; hlt; sub $16,%rsp
1: mov %rbx,%rsp; pop %rbx; ret
.size victim, .-victim
COMMENT
