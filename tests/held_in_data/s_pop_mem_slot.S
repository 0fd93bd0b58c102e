#include "one_object_start.inc"
 push ptr(%rip)
 addq %rdi,(%rsp)
 pop buf(%rip)
 jmp *buf(%rip)
 .data
ptr: .quad victim
buf: .quad 0
#include "one_object_end.inc"
