#include "../review82_open/below_stack/victim_and_drv.inc"
#include "../review82_open/below_stack/drv_once.inc"
 xor %ebx,%ebx
 mov %rsp,%rcx
 mov %rcx,g(%rip)
 mov g(%rip),%rcx
 call *-24(%rcx)
 ret
 .size jumper,.-jumper
 .bss
g: .quad 0
