 .text
 .globl victim
 .type victim,@function
victim:
 push %rbp
 mov %rsp,%rbx
 call ext
 mov %rbx,%rsp
 pop %rbp
 ret
 .size victim,.-victim

 .globl drv
 .type drv,@function
drv:
 call victim
 call jumper
 jmp *%rax
 .size drv,.-drv

 .globl jumper
 .type jumper,@function
jumper:
 xor %ebx,%ebx
 sub $16,%rsp
 xor %eax,%eax
 xor %ecx,%ecx
 cmpxchg %rcx,(%rsp)
 add $16,%rsp
 ret
 .size jumper,.-jumper
 .section .comment,"MS",@progbits,1
 .asciz "clang version 19.1.7"
 .section .note.GNU-stack,"",@progbits
