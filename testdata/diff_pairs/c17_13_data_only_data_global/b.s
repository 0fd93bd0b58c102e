# Pair c17_13_data_only_data_global (b.s); class 17-blind-review-15
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c17_13_data_only_data_global/b.o
#
# From the blind review of diff's 'identical' (session 15), where rspill
# called this pair identical. Truth: changed.
# object defines only `int sysctl_foo = DEFAULT_FOO;` (header macro 5 vs 6) used by other objects

.macro FN name
.globl \name
.type \name,@function
\name:
.endm
.macro END name
.size \name, .-\name
.endm
.data
.globl sysctl_foo
.type sysctl_foo,@object
sysctl_foo: .long 6
.size sysctl_foo,4

