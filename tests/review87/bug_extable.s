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
 .section .rodata.str1.1,"aMS",@progbits,1
.Lfile: .asciz "jumper.c"
 .text

 .globl drv
 .type drv,@function
drv:
 call victim
 call jumper
 ret
 .size drv,.-drv

 .globl jumper
 .type jumper,@function
jumper:
 xor %ebx,%ebx
 sub $16,%rsp
 test %rdi,%rdi
 jne 2f
 movq $0,(%rsp)
 mov (%rsp),%rax
 add $16,%rsp
 ret
2: ud2
 .pushsection __bug_table,"aw"
9: .long 2b - .
 .long .Lfile - .
 .word 42
 .word 0
 .org 9b + 12
 .popsection
 .pushsection __ex_table,"a"
 .balign 4
 .long 2b - .
 .long 3f - .
 .long 1
 .popsection
3:
 mov (%rsp),%rax
 add $16,%rsp
 jmp *%rax
 .size jumper,.-jumper
 .section .comment,"MS",@progbits,1
 .asciz "clang version 19.1.7"
 .section .note.GNU-stack,"",@progbits
