/* rspill fixture: a tiny AArch64 object (wrong architecture for rspill). */
extern void use(void *p);

unsigned long tiny_aarch64(unsigned long x)
{
	unsigned long buf[4] = { x, x + 1, x + 2, x + 3 };

	use(buf);
	return buf[0] + buf[3];
}
