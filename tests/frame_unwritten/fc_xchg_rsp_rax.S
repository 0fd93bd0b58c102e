#include "../review82_open/below_stack/victim_and_drv.inc"
#include "../review82_open/below_stack/drv_once.inc"
 lea -24(%rsp),%rax
 xchg %rax,%rsp
 pop %rcx
 mov %rax,%rsp
 jmp *%rcx
#include "../review82_open/below_stack/compiled.inc"
