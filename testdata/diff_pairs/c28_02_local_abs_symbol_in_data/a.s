# Pair c28_02_local_abs_symbol_in_data (a.s); class 28-distances-and-values (blind review 105, session 48)
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c28_02_local_abs_symbol_in_data/a.o (then post.sh)
# Truth: f changed.
# The same for data f reads: .rodata holds .quad AK, a local absolute
# symbol of value 5 in A, 6 in B (post.sh).
.text
.globl f; .type f,@function
f: mov tbl(%rip),%rax
ret
.size f,.-f
.section .rodata
.type tbl,@object
tbl: .quad AK
.size tbl,8
