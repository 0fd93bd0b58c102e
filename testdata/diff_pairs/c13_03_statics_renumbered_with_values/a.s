# Pair c13_03_statics_renumbered_with_values (a.s); class 10-writable-data
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c13_03_statics_renumbered_with_values/a.o
#
# Truth (per function):
#   f: identical -- f reads its own static (0) in both; only the number in its name changed
#   g: identical -- g reads its own static (1) in both; only the number in its name changed
#
# gcc numbers function-local statics in order; another function added
# earlier renumbers them. A: f uses done.0 (=0), g done.1 (=1); B: f uses
# done.1 (=0), g done.0 (=1). Each function reads its own flag with the same
# initial value.

	.text
	.globl	f
	.type	f,@function
f:
	movl	done.0(%rip), %eax
	movl	%eax, x(%rip)
	ret
	.size	f, .-f
	.globl	g
	.type	g,@function
g:
	movl	done.1(%rip), %eax
	movl	%eax, y(%rip)
	ret
	.size	g, .-g
	.data
	.type	done.0,@object
done.0:
	.long	0
	.size	done.0, 4
	.type	done.1,@object
done.1:
	.long	1
	.size	done.1, 4
	.globl	x
	.type	x,@object
x:
	.long	0
	.size	x, 4
	.globl	y
	.type	y,@object
y:
	.long	0
	.size	y, 4
