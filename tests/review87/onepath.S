/* the slot written only when %rdi != 0 */
#define BODY test %rdi,%rdi; je 1f; movq $0,(%rsp); 1: mov (%rsp),%rax
#include "jumper.inc"
