// A global label with no function type (top-level asm's shape) in an
// object whose .comment names clang, returning with `ret $8`: no compiled
// function's code, so the convention must show (blind review 108).
.text
.globl helper
helper: ret $8
.section .comment,"MS",@progbits,1
.asciz "clang version 19"
