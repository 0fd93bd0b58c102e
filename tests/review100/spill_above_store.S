// victim spills its %rsp copy at 8(%rsp) on entry: the CFA, the bottom of
// its caller's frame (a local of the caller's, or victim's first stack
// argument). A C caller may hand victim that local's address in %rdi
// (`long x; victim(&x, ..., v)` with x at the caller's %rsp): the store
// through %rdi overwrites the copy with %rdx, and the restore loads it.
#include "../review92/common.h"
.text
.globl victim
.type victim,@function
victim: mov %rsp,%rax; mov %rax,8(%rsp); mov %rdx,(%rdi); mov 8(%rsp),%rsp; ret
.size victim, .-victim
COMMENT
