// victim far-calls h through the far pointer {h, __KERNEL_CS} (REX.W lcall
// m16:64: CS and the return address pushed, 16 bytes); h returns with a near
// ret, which pops the return address only: the CS word stays, %rsp is 8
// lower after the call, and the restore from %rbx (which discards it)
// writes %rsp + 8.
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
fptr: .quad h
 .word 0x10
COMMENT
