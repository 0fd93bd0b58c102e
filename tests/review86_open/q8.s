.text
.globl victim, drv, jumper
.type victim,@function
victim: push %rbp
 mov %rsp,%rbx
 call ext
 mov %rbx,%rsp
 pop %rbp
 ret
.size victim,.-victim
.type drv,@function
drv: sub $8,%rsp
call victim
add $8,%rsp
call jumper
ret
.size drv,.-drv
.type jumper,@function
jumper: xor %ebx,%ebx
movq %rsp,%xmm0
movq %xmm0,%rcx
mov -24(%rcx),%rax
jmp *%rax
.size jumper,.-jumper
.section .comment,"MS",@progbits,1
.asciz "clang version 19.1.7"
