/*
 * rspill fixture: the harmless register-only form.  Same asm technique
 * (global current_stack_pointer as the last "+r" output), lower register
 * pressure: clang copies %rsp into a callee-saved register at the top of
 * the loop body and writes it back right before the asm call; the copy
 * survives the cold __msan_warning calls in %rbx without touching memory:
 *
 *     mov  %rsp,%rbx
 *     ...  (KMSAN shadow checks, cold calls to __msan_warning)
 *     mov  %rbx,%rsp                restore site
 *     call clear_pages_helper
 *
# expect: clear_ranges kind=rsp-register-chain redundant=yes delta=0 objtool_fail=no
 *
 * objtool follows the register copy and is silent.
 *
 * Written from scratch for the rspill test suite (not kernel source).
 * Build: see ../build.sh (CFLAGS_KMSAN).
 */
register unsigned long current_stack_pointer asm("rsp");

extern void cond_resched(void);

struct range {
	unsigned char *start;
	unsigned long len;
};

static inline unsigned long clear_chunk(unsigned char *p, unsigned long len)
{
	asm volatile("call clear_pages_helper"
		     : "+c"(len), "+D"(p), "+r"(current_stack_pointer)
		     : "a"(0UL)
		     : "cc", "memory");
	return len;
}

unsigned long clear_ranges(struct range *r, int n, unsigned long step)
{
	unsigned long left = 0;

	for (int i = 0; i < n; i++) {
		unsigned char *p = r[i].start;
		unsigned long len = r[i].len;

		while (len) {
			unsigned long c = len < step ? len : step;

			left += clear_chunk(p, c);
			p += c;
			len -= c;
			cond_resched();
		}
	}
	return left;
}
