#include "../review82_open/below_stack/victim_and_drv.inc"
#include "../review82_open/below_stack/drv_once.inc"
 lea -24(%rsp),%rax
 mov %rax,gptr(%rip)
 call 1f
 ret
1: mov gptr(%rip),%rax
 jmp *(%rax)
#include "../review82_open/below_stack/compiled.inc"
 .bss
gptr: .quad 0
