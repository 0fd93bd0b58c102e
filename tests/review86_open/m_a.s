.text
.globl victim, drv
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
