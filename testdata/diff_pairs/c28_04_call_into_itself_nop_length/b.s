# Pair c28_04_call_into_itself_nop_length (b.s); class 28-distances-and-values (blind review 105, session 48)
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c28_04_call_into_itself_nop_length/b.o
# Truth: f changed.
# f calls into itself twice and returns the distance between the return
# addresses: a 1-byte nop (A) or a 6-byte nopw (B) between them, 7 vs 11.
.text
.globl f; .type f,@function
f: call 1f
1: pop %rcx
nopw 0(%rax,%rax,1)
call 2f
2: pop %rax
sub %rcx,%rax
ret
.size f,.-f
