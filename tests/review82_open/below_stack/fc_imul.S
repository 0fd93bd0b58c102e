#include "victim_and_drv.inc"
#include "drv_once.inc"
 mov %rdi,%rax
 imul $8,%rax,%rax
 add %rsp,%rax
 jmp *(%rax)
#include "compiled.inc"
