.include "victim31.inc"
 leaq tbl(%rip),%rcx
 movslq (%rcx),%rax
 addq %rcx,%rax
 call *%rax
 .size entry,.-entry
 .p2align 2
tbl: .long .Lmid - tbl
 .text
