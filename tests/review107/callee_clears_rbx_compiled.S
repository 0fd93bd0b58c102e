// returns with %rbx cleared: the caller's %rsp copy gone
// Compiled code (the .comment names clang): the compiled-code contract holds
// unless the code surely breaks the convention, as this does.
.text
.globl helper
.type helper,@function
helper: xor %ebx, %ebx; ret
.size helper, .-helper
.section .comment,"MS",@progbits,1
.asciz "clang version 19"
