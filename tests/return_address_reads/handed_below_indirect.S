#include "../review82_open/below_stack/victim_and_drv.inc"
#include "../review82_open/below_stack/drv_once.inc"
 lea -24(%rsp),%rdi
 call *fp(%rip)
 ret
1: jmp *(%rdi)
#include "../review82_open/below_stack/compiled.inc"
 .data
fp: .quad 1b
