# Pair c28_01_local_abs_symbol_in_code (a.s); class 28-distances-and-values (blind review 105, session 48)
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c28_01_local_abs_symbol_in_code/a.o (then post.sh)
# Truth: f changed.
# A relocation against a local absolute symbol AK (no assembler makes one:
# post.sh turns the undefined AK into a local SHN_ABS of value 5 in A, 6 in
# B). The linked f loads 5 in A and 6 in B; diff compared AK by name (a
# local is in no linkage record).
.text
.globl f; .type f,@function
f: mov $AK,%eax
ret
.size f,.-f
