#include "../review82_open/below_stack/victim_and_drv.inc"
#include "../review82_open/below_stack/drv_once.inc"
 xor %ebx,%ebx
 mov %rsp,%rcx
 mov %rcx,-8(%rsp)
 mov -8(%rsp),%rcx
 mov -24(%rcx),%rax
 push %rax
 ret
 .size jumper,.-jumper
