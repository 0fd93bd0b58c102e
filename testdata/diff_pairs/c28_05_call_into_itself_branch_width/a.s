# Pair c28_05_call_into_itself_branch_width (a.s); class 28-distances-and-values (blind review 105, session 48)
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c28_05_call_into_itself_branch_width/a.o
# Truth: f changed.
# The same distance across a jump to the next instruction, short (eb 00, A)
# or near (e9 00000000, B): 8 vs 11.
.text
.globl f; .type f,@function
f: call 1f
1: pop %rcx
.byte 0xeb, 0x00
call 2f
2: pop %rax
sub %rcx,%rax
ret
.size f,.-f
