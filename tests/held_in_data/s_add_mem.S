#include "one_object_start.inc"
 xor %eax,%eax
 add ptr(%rip),%rax
 add $9,%rax
 jmp *%rax
 .data
ptr: .quad victim
#include "one_object_end.inc"
