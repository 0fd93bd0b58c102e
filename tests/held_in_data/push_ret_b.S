#include "jumper_start.inc"
mov ptr(%rip),%rax
 add $9,%rax
 push %rax
 ret
#include "ptr_and_end.inc"
