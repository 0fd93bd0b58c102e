// The control: a near call through the pointer (call *fptr(%rip)): h returns
// with %rsp as before the call, and the claim stands.
#define COMMENT .section .comment,"MS",@progbits,1; .asciz "clang version 19"
 .text
 .globl victim; .type victim,@function
victim:
 push %rbx
 mov %rsp,%rbx
 call *fptr(%rip)
 mov %rbx,%rsp
 pop %rbx
 ret
 .size victim,.-victim
 .globl h; .type h,@function
h: ret
 .size h,.-h
 .data
 .globl fptr
fptr: .quad h
 .word 0x10
COMMENT
