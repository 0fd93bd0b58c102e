#include "victim.inc"
 mov ptr(%rip),%rax
 add %rdi,%rax
 mov %rax,buf(%rip)
 jmp *buf(%rip)
 .data
ptr: .quad victim
buf: .quad 0
#include "compiled.inc"
