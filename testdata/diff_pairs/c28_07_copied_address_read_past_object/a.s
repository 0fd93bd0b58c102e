# Pair c28_07_copied_address_read_past_object (a.s); class 28-distances-and-values (blind review 105, session 48)
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c28_07_copied_address_read_past_object/a.o
# Truth: f changed.
# f copies tbl's address to %rdx, adds 16 and reads there: the object after
# tbl, nb, 9 in A and 10 in B (the copy is returned in %rdx, so it escapes
# after the read).
.text
.globl f; .type f,@function
f: lea tbl(%rip),%rcx
mov %rcx,%rdx
add $16,%rdx
mov (%rdx),%eax
ret
.size f,.-f
.section .rodata
.type tbl,@object
tbl: .long 1,2,3,4
.size tbl,16
.type nb,@object
nb: .long 9
.size nb,4
