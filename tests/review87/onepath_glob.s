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

 .globl jumper
 .type jumper,@function
jumper:
 xor %ebx,%ebx
 sub $16,%rsp
 test %rdi,%rdi
 je 1f
 movq $0,(%rsp)
1: mov (%rsp),%rax
 mov %rax,slot(%rip)
 add $16,%rsp
 ret
 .size jumper,.-jumper
 .data
slot: .quad 0
 .text
 .globl drv
 .type drv,@function
drv:
 call victim
 call jumper
 jmp *slot(%rip)
 .size drv,.-drv
 .section .comment,"MS",@progbits,1
 .asciz "clang version 19.1.7"
 .section .note.GNU-stack,"",@progbits
