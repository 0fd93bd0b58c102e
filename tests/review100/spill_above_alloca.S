// An alloca of a negative size (`sub %rsi,%rsp` with %rsi < 0, a size
// computed wrong) moves %rsp up into the caller's frame; the %rsp copy
// spilled 8 below that anchor lies there too, where a pointer the caller
// handed in %rdi may point: the store through it overwrites the copy.
#include "../review92/common.h"
.text
.globl victim
.type victim,@function
victim: push %rbp; mov %rsp,%rbp; sub %rsi,%rsp; sub $16,%rsp; mov %rsp,%rax; mov %rax,8(%rsp); mov %rdx,(%rdi); mov 8(%rsp),%rsp; leave; ret
.size victim, .-victim
COMMENT
