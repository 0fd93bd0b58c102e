#include "victim.inc"
 push ptr(%rip)
 addq %rdi,(%rsp)
 pop buf(%rip)
 jmp *buf(%rip)
 .data
ptr: .quad victim
buf: .quad 0
#include "compiled.inc"
