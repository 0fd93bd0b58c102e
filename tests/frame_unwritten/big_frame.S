#include "../review82_open/below_stack/victim_and_drv.inc"
#include "../review82_open/below_stack/drv_once.inc"
 sub $1600,%rsp
 mov %rdi,(%rsp)
 mov (%rsp),%rax
 call *%rax
 add $1600,%rsp
 ret
#include "../review82_open/below_stack/compiled.inc"
