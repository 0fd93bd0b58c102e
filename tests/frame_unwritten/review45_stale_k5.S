#include "stale_start.inc"
k:
  sub $0x40,%rsp
  mov 0x20(%rsp),%rax
  add $0x40,%rsp
  mov %rax,saved(%rip)
  ret
#include "stale_end.inc"
