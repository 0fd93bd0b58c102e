/*
 * rspill fixture: clang-19 + KMSAN spills a copy of %rsp to a stack slot
 * and restores %rsp from the reloaded copy inside a loop.
 *
# expect: zero_ranges kind=spilled-rsp-loop redundant=yes delta=0 objtool_fail=yes
 *
 * Written from scratch for the rspill test suite (not kernel source).
 * The clear routine is called from an inline asm statement whose last
 * output is a variable bound to %rsp (the kernel's ASM_CALL_CONSTRAINT
 * idea).  Here the bound variable is a *local* register variable
 * initialised from current_stack_pointer, so its value is carried from
 * one iteration to the next; KMSAN's extra live values and calls
 * (__msan_warning, metadata lookups) plus prepare_clear() and
 * cond_resched() force clang to keep it in a stack slot:
 *
 *     mov  %rsp,0x20(%rsp)          before prepare_clear()
 *     mov  0x20(%rsp),%rdi          reload before the loops
 *   1:...
 *     mov  %rdi,%rsp                restore, right before the asm call
 *     call clear_pages_helper
 *     mov  %rsp,%rdi                asm output copied back
 *     ...  mov %rdi,0x20(%rsp) / call / mov 0x20(%rsp),%rdi  (cold paths,
 *          and around cond_resched() in the outer loop), back edges to 1
 *
 * Every value reaching the restore is %rsp itself (delta 0, the restore is
 * a no-op).  objtool's first visit of the restore comes through the
 * reload, so it reports "undefined stack state".
 * Without -fsanitize=kernel-memory the same source gives a register-only
 * chain through %r15.
 *
 * Build: see ../build.sh (CFLAGS_KMSAN).
 */
register unsigned long current_stack_pointer asm("rsp");

extern void cond_resched(void);
extern void prepare_clear(void);

struct range {
	unsigned char *start;
	unsigned long len;
};

unsigned long zero_ranges(struct range *r, unsigned long batch, unsigned long *stats)
{
	register unsigned long sp asm("rsp") = current_stack_pointer;
	unsigned long left = 0, odd = 0, even = 1, mix = 2;

	prepare_clear();
	for (; r->len; r++) {
		unsigned char *p = r->start;
		unsigned long todo = r->len;

		while (todo) {
			unsigned long n = todo < batch ? todo : batch;
			unsigned long len = n;

			asm volatile("call clear_pages_helper"
				     : "+c"(len), "+D"(p), "+r"(sp)
				     : "a"(0UL)
				     : "cc", "memory");
			left += len;
			todo -= n;
			odd = (odd << 1) ^ len ^ n;
			even = (even << 2) ^ len ^ n;
			mix = (mix << 3) ^ len ^ n;
		}
		cond_resched();
	}
	stats[0] = odd;
	stats[1] = even;
	stats[2] = mix;
	return left;
}
