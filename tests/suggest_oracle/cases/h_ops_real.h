/* Included by 061_unrelated_header_decoy.c */
#ifndef H_OPS_REAL_H
#define H_OPS_REAL_H
#define LOAD_OUTS "=r" (lo), "=r" (hi)
#endif
