/* Decoy: never included by any case; same macro name, different operand count. */
#ifndef H_OPS_DECOY_H
#define H_OPS_DECOY_H
#define LOAD_OUTS "=r" (lo)
#define FETCH_INS "r" (v), "r" (w), "i" (12)
#endif
