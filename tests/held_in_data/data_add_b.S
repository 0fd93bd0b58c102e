#include "jumper_start.inc"
mov ptr(%rip),%rax
 add %rdi,%rax
 jmp *%rax
#include "ptr_and_end.inc"
