// SPDX-License-Identifier: GPL-2.0
/* rspill test tree: clear ranges in chunks, rescheduling between chunks. */
#include <asm/clear.h>

extern void cond_resched(void);

struct range {
	unsigned char *start;
	unsigned long len;
};

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
