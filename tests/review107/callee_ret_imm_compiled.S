// returns with ret $8: %rsp 8 bytes above where the call left it
// Compiled code (the .comment names clang): the compiled-code contract holds
// unless the code surely breaks the convention, as this does.
.text
.globl helper
.type helper,@function
helper: ret $8
.size helper, .-helper
.section .comment,"MS",@progbits,1
.asciz "clang version 19"
