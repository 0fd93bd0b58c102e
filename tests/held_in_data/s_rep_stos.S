#include "one_object_start.inc"
 mov ptr(%rip),%rax
 add %rdx,%rax
 lea buf(%rip),%rdi
 mov $2,%ecx
 rep stosq
 jmp *buf+8(%rip)
 .data
ptr: .quad victim
buf: .quad 0,0
#include "one_object_end.inc"
