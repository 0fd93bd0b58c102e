# Pair c26_02_discard_prefix_data_read (b.s); class 26-kernel-discards-by-name (blind review 98, session 47)
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c26_02_discard_prefix_data_read/b.o
# Truth: f changed.
# f loads tab, in .discard_tab (linked in: neither .discard nor
# .discard.*): 1 (A) vs 2 (B).
.text
.globl f
.type f,@function
f: movq tab(%rip),%rax
  ret
.size f,.-f
.section .discard_tab,"a",@progbits
tab: .quad 2
