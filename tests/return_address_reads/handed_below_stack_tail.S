#include "../review82_open/below_stack/victim_and_drv.inc"
#include "../review82_open/below_stack/drv_once.inc"
 lea -24(%rsp),%rdi
 call helper
 jmp other
#include "../review82_open/below_stack/compiled.inc"
 .text
 .globl helper
 .type helper,@function
helper: jmp *(%rdi)
 .size helper,.-helper
 .globl other
 .type other,@function
other: ret
 .size other,.-other
