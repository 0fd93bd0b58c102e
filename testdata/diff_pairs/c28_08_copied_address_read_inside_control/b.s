# Pair c28_08_copied_address_read_inside_control (b.s); class 28-distances-and-values (blind review 105, session 48)
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c28_08_copied_address_read_inside_control/b.o
# Truth: f identical.
# The control: the copy reads tbl+4, inside tbl; only nb differs, which f
# does not read (the data record says it differs).
.text
.globl f; .type f,@function
f: lea tbl(%rip),%rcx
mov %rcx,%rdx
add $4,%rdx
mov (%rdx),%eax
ret
.size f,.-f
.section .rodata
.type tbl,@object
tbl: .long 1,2,3,4
.size tbl,16
.type nb,@object
nb: .long 10
.size nb,4
