// ALTERNATIVE("mov %rsp,%rbx; nop; " LOCK_PREFIX "addq $0,(%rdi); sub $0x10,%rbx",
// "lea -0x10(%rsp),%rbx", X86_FEATURE_ALWAYS): both leave %rbx = %rsp - 16.
// .smp_locks lists the lock prefix at site+4, where the replacement holds
// its displacement byte 0xf0. A uniprocessor boot runs
// alternatives_smp_unlock after apply_alternatives (alternative.c) and turns
// the 0xf0 there into 0x3e: lea 0x3e(%rsp),%rbx, and the restore writes
// %rsp + 0x4e.
#define COMMENT .section .comment,"MS",@progbits,1; .asciz "clang version 19"
#define ALTE(o1,o2,r1,r2,ft) .pushsection .altinstructions,"a"; .long o1 - .; .long r1 - .; .long ft; .byte o2-o1; .byte r2-r1; .popsection
 .text
 .globl victim; .type victim,@function
victim:
 push %rbx
771: mov %rsp,%rbx
 nop
 .pushsection .smp_locks,"a"; .balign 4; .long 671f - .; .popsection
671: lock addq $0,(%rdi)
 sub $0x10,%rbx
772:
 ALTE(771b,772b,781f,782f,117)
 lea 0x10(%rbx),%rsp
 pop %rbx
 ret
 .size victim,.-victim
 .section .altinstr_replacement,"ax"
781: lea -0x10(%rsp),%rbx
782:
COMMENT
