#include "../review84_open/head.inc"
 sub $16,%rsp
 mov %rsp,%rbx
 /* Each byte of (%rbx), a copy of %rsp, through xlat into slot. */
 .irp i,0,1,2,3,4,5,6,7
 mov $\i,%eax
 xlat
 mov %al,slot+\i(%rip)
 .endr
 xor %ebx,%ebx
 add $16,%rsp
 jmp *slot(%rip)
 .data
slot: .quad 0
 .text
#include "../review84_open/tail.inc"
