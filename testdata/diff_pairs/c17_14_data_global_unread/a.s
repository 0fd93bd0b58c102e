# Pair c17_14_data_global_unread (a.s); class 17-blind-review-15
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c17_14_data_global_unread/a.o
#
# From the blind review of diff's 'identical' (session 15), where rspill
# called this pair identical. Truth: changed.
# object with function f (unchanged) plus global int sysctl_foo = 5 vs 6 not read by f (read by other objects)

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
sysctl_foo: .long 5
.size sysctl_foo,4
.text
FN f
  movl $1,%eax
  ret
END f

