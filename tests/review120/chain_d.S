// A fourth input's .altinstructions entry for helper2: with the feature
// (X86_FEATURE 3*32+21) the kernel writes "xor %ebx,%ebx" over helper2's
// first 5 bytes (apply_alternatives: the replacement, then NOPs).
.pushsection .altinstr_replacement,"ax"
.Lr: xor %ebx,%ebx
.Lre:
.popsection
.pushsection .altinstructions,"a"
.long helper2 - .
.long .Lr - .
.long 3*32+21
.byte 5
.byte .Lre-.Lr
.popsection
.section .comment,"MS",@progbits,1; .asciz "clang version 19"
