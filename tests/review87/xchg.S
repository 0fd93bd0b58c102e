/* the write hides the read in one instruction */
#define BODY xor %eax,%eax; xchg %rax,(%rsp)
#include "jumper.inc"
