# Pair c28_03_text_alignment (b.s); class 28-distances-and-values (blind review 105, session 48)
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c28_03_text_alignment/b.o
# Truth: f changed.
# f returns its own address's low six bits; .text is aligned 64 in A and 4
# in B, so the linked f may start elsewhere within a cache line (the kernel
# also patches call sites by where they fall in one).
.text
.p2align 2
.globl f; .type f,@function
f: lea f(%rip),%rax
and $63,%eax
ret
.size f,.-f
