// The control: the same alternative, with the lock-prefixed add after its
// site, where no replacement or static key writes: a uniprocessor boot
// turns the lock prefix into ds, which changes nothing; the claim stands.
#define COMMENT .section .comment,"MS",@progbits,1; .asciz "clang version 19"
#define ALTE(o1,o2,r1,r2,ft) .pushsection .altinstructions,"a"; .long o1 - .; .long r1 - .; .long ft; .byte o2-o1; .byte r2-r1; .popsection
 .text
 .globl victim; .type victim,@function
victim:
 push %rbx
771: mov %rsp,%rbx
 sub $0x10,%rbx
772:
 ALTE(771b,772b,781f,782f,117)
 .pushsection .smp_locks,"a"; .balign 4; .long 671f - .; .popsection
671: lock addq $0,(%rdi)
 lea 0x10(%rbx),%rsp
 pop %rbx
 ret
 .size victim,.-victim
 .section .altinstr_replacement,"ax"
781: lea -0x10(%rsp),%rbx
782:
COMMENT
