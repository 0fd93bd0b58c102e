// The same far call, through a far pointer to ext_fn, a function of another
// input (far_callee.S) that keeps the calling convention: ret.
#define COMMENT .section .comment,"MS",@progbits,1; .asciz "clang version 19"
 .text
 .globl victim; .type victim,@function
victim:
 push %rbx
 mov %rsp,%rbx
 .byte 0x48,0xff,0x1d; .long fptr - . - 4   // rex.W lcall *fptr(%rip)
 mov %rbx,%rsp
 pop %rbx
 ret
 .size victim,.-victim
 .globl h; .type h,@function
h: ret
 .size h,.-h
 .data
 .globl fptr
fptr: .quad ext_fn
 .word 0x10
COMMENT
