#include "../review92/common.h"
// call depth tracking: D's call to B is in .call_sites, so the kernel writes
// "sarq $5,%gs:call_depth(%rip)" (65 48 c1 3d d32 05) over the last 9 of the
// 16 0x90 padding bytes before B. C jumps into the padding at B-6: unpatched
// that's nops into B; patched, "cmp $d32,%eax; add $imm32,%eax" eats B's
// first 4 bytes (push %rbx; mov %rsp,%rbx).
.text
.globl C
.type C,@function
#ifdef THROUGH_RELOCATION
C:  jmp B-6
#else
C:  jmp .Lpad+10
#endif
.size C, .-C
.Lpad:
#ifdef TAKEN
    .fill 7,1,0x90
    .byte 0x65,0x48,0xc1,0x3d; .long 0x12345678; .byte 0x05
#else
    .fill 16,1,0x90
#endif
.globl B
.type B,@function
B:  push %rbx; mov %rsp,%rbx; call ext; mov %rbx,%rsp; pop %rbx; ret
.size B, .-B
.globl D
.type D,@function
D:
.Lcs:
#ifdef TAKEN
    call B-9
#else
    call B
#endif
    ret
.size D, .-D
.pushsection .call_sites,"a"
.long .Lcs - .
.popsection
COMMENT
