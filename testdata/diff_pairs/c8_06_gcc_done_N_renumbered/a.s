# Pair c8_06_gcc_done_N_renumbered (a.s); class 8-noise
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c8_06_gcc_done_N_renumbered/a.o
#
# Truth (per function):
#   f: identical -- own once-flag renamed done.0->done.1 and moved
#   g: identical -- own once-flag renamed done.1->done.0 and moved
#
# WARN_ONCE-style private flags in .data..once with gcc names done.N.
# A: f uses done.0 (offset 0), g uses done.1 (offset 1). B (as if the two
# statics were defined in the other order): g uses done.0 at offset 0, f uses
# done.1 at offset 1. Each function still tests and sets its own private,
# zero-initialised flag. Truth: identical.

	.section	.data..once,"aw",@progbits
	.type	done.0,@object
done.0:
	.byte	0
	.size	done.0, 1
	.type	done.1,@object
done.1:
	.byte	0
	.size	done.1, 1

	.text
	.globl	f
	.type	f,@function
f:
	cmpb	$0, done.0(%rip)
	jne	1f
	movb	$1, done.0(%rip)
	jmp	report_f
1:
	ret
	.size	f, .-f

	.text
	.globl	g
	.type	g,@function
g:
	cmpb	$0, done.1(%rip)
	jne	1f
	movb	$1, done.1(%rip)
	jmp	report_g
1:
	ret
	.size	g, .-g
