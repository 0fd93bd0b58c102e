.text
.globl f; .type f,@function
f:
 push %rbp
 mov %rsp,%rbp
 and $-16,%rsp
 sub $32,%rsp
 movq $0, ext_sym(%rsp)
 leave
 jmp __x86_return_thunk
.size f,.-f
