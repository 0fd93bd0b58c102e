#include "victim_and_drv.inc"
#include "drv_once.inc"
 lea -24(%rsp),%rax
 mov %rsp,%rdx
 test %rdi,%rdi
 cmovz %rax,%rdx
 jmp *(%rdx)
#include "compiled.inc"
