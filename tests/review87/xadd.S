/* xadd reads the old value into %rax */
#define BODY xor %eax,%eax; xadd %rax,(%rsp)
#include "jumper.inc"
