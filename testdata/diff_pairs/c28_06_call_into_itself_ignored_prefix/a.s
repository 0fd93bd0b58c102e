# Pair c28_06_call_into_itself_ignored_prefix (a.s); class 28-distances-and-values (blind review 105, session 48)
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c28_06_call_into_itself_ignored_prefix/a.o
# Truth: f changed.
# The same distance across a load with a DS prefix the processor ignores in
# B (3e 8b 17): 8 vs 9.
.text
.globl f; .type f,@function
f: call 1f
1: pop %rcx
mov (%rdi),%edx
call 2f
2: pop %rax
sub %rcx,%rax
ret
.size f,.-f
