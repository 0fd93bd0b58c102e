// victim (compiled) calls helper, defined in F_calt_b.S; helper's own
// alternative replaces a 2-byte nop with `xor %ebx,%ebx` when the feature is set.

.text
.globl victim
.type victim,@function
victim: push %rbx; mov %rsp,%rbx
    call helper
    mov %rbx,%rsp; pop %rbx; ret
.size victim, .-victim
.section .comment,"MS",@progbits,1
.asciz "clang version 19"
