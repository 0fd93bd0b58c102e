.macro FN n
.globl \n; .type \n,@function; \n:
.endm
.text
FN u01
 sub $16,%rsp
 lea 16(%rsp),%rax
 mov %rax,8(%rsp)
 mov %rsp,%rdx
 mov %edx,%eax
 shr $32,%rdx
 mov $0xc0000101,%ecx
 wrmsr
 mov %gs:8,%rsp
 ret
FN u02
 sub $16,%rsp
 lea 16(%rsp),%rax
 mov %rax,8(%rsp)
 wrgsbase %rsp
 mov %gs:8,%rsp
 ret
FN u03
 sub $16,%rsp
 lea 16(%rsp),%rax
 mov %rax,8(%rsp)
 mov %rsp,%rax
 wrfsbase %rax
 mov %fs:8,%rsp
 ret
FN u04
 sub $16,%rsp
 lea 16(%rsp),%rax
 mov %rax,8(%rsp)
 mov %rsp,%rdx
 mov %edx,%eax
 shr $32,%rdx
 mov $0xc0000102,%ecx
 wrmsr
 swapgs
 mov %gs:8,%rsp
 ret
FN u05
 sub $16,%rsp
 lea 16(%rsp),%rax
 mov %rax,8(%rsp)
 mov %rsp,%rax
 wrfsbase %rax
 mov $8,%ecx
 mov %fs:(%rcx),%rsp
 ret
