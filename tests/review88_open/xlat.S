#include "../review84_open/head.inc"
 sub $16,%rsp
 mov %rsp,%rbx
 mov $0,%eax
 xlat
 mov %al,slot+0(%rip)
 mov $1,%eax
 xlat
 mov %al,slot+1(%rip)
 mov $2,%eax
 xlat
 mov %al,slot+2(%rip)
 mov $3,%eax
 xlat
 mov %al,slot+3(%rip)
 mov $4,%eax
 xlat
 mov %al,slot+4(%rip)
 mov $5,%eax
 xlat
 mov %al,slot+5(%rip)
 mov $6,%eax
 xlat
 mov %al,slot+6(%rip)
 mov $7,%eax
 xlat
 mov %al,slot+7(%rip)
 xor %ebx,%ebx
 add $16,%rsp
 jmp *slot(%rip)
 .data
slot: .quad 0
 .text
#include "../review84_open/tail.inc"
