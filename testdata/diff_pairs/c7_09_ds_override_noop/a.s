# Pair c7_09_ds_override_noop (a.s); class 7-behaviour-prefixes
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c7_09_ds_override_noop/a.o
#
# Truth (per function):
#   f: identical -- ds override is a no-op in 64-bit mode (debatable)
#
# A: movl (%rdi),%eax. B: ds movl (%rdi),%eax (3e prefix on a non-branch
# memory access). In 64-bit mode DS/ES/SS/CS overrides are ignored for
# memory operands (base 0, no limit), so execution is identical.
# Truth: identical (debatable only in that the bytes differ; 3e on a branch
# would be a hint/notrack, see c7_05).

	.text
	.globl	f
	.type	f,@function
f:
	movl	(%rdi), %eax
	ret
	.size	f, .-f
