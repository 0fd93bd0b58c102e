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
jmp *(%rsp,%rdi,8)
.size jumper,.-jumper
.section .comment,"MS",@progbits,1
.asciz "clang version 19.1.7"
