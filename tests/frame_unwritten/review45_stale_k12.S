#include "stale_start.inc"
k:
  push %rbp
  mov %rsp,%rbp
  sub $0x40,%rsp
  mov -0x18(%rbp),%rax
  mov %rax,saved(%rip)
  leave
  ret
#include "stale_end.inc"
