/*
 * rspill fixture: the kernel-style global current_stack_pointer as the
 * last asm output, plus a "+m" operand.  For a memory output KMSAN
 * (-fsanitize=kernel-memory, conservative asm handling) inserts a call to
 * __msan_instrument_asm_store() between clang's read of %rsp and the asm,
 * so the %rsp copy must survive a call; with all callee-saved registers
 * busy clang spills it and folds the reload straight into %rsp:
 *
 *     mov  %rsp,0x90(%rsp)
 *     ...  call __msan_instrument_asm_store, __msan_warning (cold)
 *     mov  0x90(%rsp),%rsp          restore site (a load, not mov %reg,%rsp)
 *     call clear_pages_helper
 *
# expect: zero_ranges_counted kind=spilled-rsp-loop redundant=yes delta=0 objtool_fail=no
 *
 * The copy is re-read and re-spilled in every iteration right before the
 * restore, so no value crosses a back edge; the restore still sits inside
 * the range loop (reached by its back edge), which is what -loop means.
 * objtool is SILENT: it does not treat "mov disp(%rsp),%rsp" as a stack
 * pointer write at all.
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

static inline unsigned long clear_chunk(unsigned char *p, unsigned long len,
					 unsigned long *count)
{
	asm volatile("call clear_pages_helper"
		     : "+c"(len), "+D"(p), "+m"(*count), "+r"(current_stack_pointer)
		     : "a"(0UL)
		     : "cc", "memory", "r8", "r9", "r10", "r11");
	return len;
}

unsigned long zero_ranges_counted(struct range *r, unsigned long batch,
				  unsigned long *stats)
{
	unsigned long left = 0, a = 0, b = 1, c = 2, d = 3;

	for (; r->len; r++) {
		unsigned char *p = r->start + r->len;
		unsigned long todo = r->len;

		while (todo) {
			unsigned long n = todo < batch ? todo : batch;
			unsigned long rem = clear_chunk(p, n, stats);

			left += rem;
			p += n;
			todo -= n;
			a = (a << 1) ^ rem ^ n;
			b = (b << 2) ^ rem ^ n;
			c = (c << 3) ^ rem ^ n;
			d = (d << 4) ^ rem ^ n;
			cond_resched();
		}
	}
	stats[0] = a;
	stats[1] = b;
	stats[2] = c;
	stats[3] = d;
	return left;
}
