#include "one_object_start.inc"
 mov ptr(%rip),%rax
 add %rdi,%rax
 ret
 .data
ptr: .quad victim
#include "one_object_end.inc"
