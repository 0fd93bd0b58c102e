#include "victim_and_drv.inc"
#include "drv_once.inc"
 mov %rsp,glob(%rip)
 mov glob(%rip),%rax
 jmp *-24(%rax)
 .data
glob: .quad 0
 .text
#include "compiled.inc"
