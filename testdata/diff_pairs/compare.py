#!/usr/bin/env python3
"""Score `rspill diff` against the hand-decided truth in truth.tsv.

Usage: compare.py RSPILL BUILD_DIR [--truth truth.tsv] [--pair SUBSTR]...

For every pair named in truth.tsv it runs
    RSPILL diff --format json --all BUILD_DIR/<pair>/a.o BUILD_DIR/<pair>/b.o
(--all so that identical functions are listed too), then prints one line per
truth row:
    pair  function  truth  rspill-status  verdict
verdict is one of ok, FALSE-IDENTICAL (truth changed, rspill says identical),
FALSE-CHANGED (truth identical, rspill says changed / only-in-a / only-in-b),
UNKNOWN (rspill said "unknown": an honest non-claim, neither false) or
MISSING (no record for the function, or rspill failed on the pair).

A truth row's function is either a name, matched against function_a or
function_b, or name@section when the same name exists in several sections.

Last line:
    pairs N rows N ok N false_identical N false_changed N unknown N missing N
Exit status: 0 if there is no FALSE-* row, 1 otherwise, 2 on usage errors.
"""
import argparse
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def read_truth(path):
    rows = []
    with open(path, encoding='utf-8') as fh:
        header = fh.readline().rstrip('\n').split('\t')
        if header[:3] != ['pair', 'function', 'truth']:
            sys.exit(f'{path}: unexpected header {header}')
        for n, line in enumerate(fh, 2):
            line = line.rstrip('\n')
            if not line or line.startswith('#'):
                continue
            cols = line.split('\t')
            if len(cols) < 3 or cols[2] not in ('identical', 'changed'):
                sys.exit(f'{path}:{n}: bad row {line!r}')
            rows.append({'pair': cols[0], 'function': cols[1], 'truth': cols[2],
                         'class': cols[3] if len(cols) > 3 else '',
                         'reason': cols[4] if len(cols) > 4 else ''})
    return rows


def run_rspill(rspill, a, b):
    """Return (list of function records, error string or None)."""
    for extra in (['--all'], []):
        try:
            p = subprocess.run([rspill, 'diff', '--format', 'json', *extra, a, b],
                               capture_output=True, text=True, timeout=300)
        except (OSError, subprocess.TimeoutExpired) as e:
            return [], f'cannot run rspill: {e}'
        if extra and p.returncode == 2 and '--all' in p.stderr:
            continue  # binary without --all: fall back (identical ones will be MISSING)
        break
    records, errors = [], []
    for line in p.stdout.splitlines():
        line = line.strip()
        if not line:
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError:
            errors.append(f'non-JSON output: {line[:80]}')
            continue
        if rec.get('type') == 'function':
            records.append(rec)
        elif rec.get('type') == 'error':
            errors.append(str(rec.get('message', rec)))
    if p.returncode not in (0, 1):
        errors.append(f'exit status {p.returncode}: {p.stderr.strip()[:200]}')
    return records, ('; '.join(errors) if errors else None)


def rec_sections(rec):
    out = set()
    for k in ('section', 'section_a', 'section_b'):
        if rec.get(k):
            out.add(rec[k])
    return out


def match(records, spec):
    name, _, section = spec.partition('@')
    found = []
    for rec in records:
        if name not in (rec.get('function_a'), rec.get('function_b'),
                        rec.get('function')):
            continue
        if section and section not in rec_sections(rec):
            continue
        found.append(rec)
    return found


def verdict(truth, statuses):
    if not statuses:
        return 'MISSING'
    s = set(statuses)
    if truth == 'changed':
        if 'identical' in s:
            return 'FALSE-IDENTICAL'
        if s == {'unknown'}:
            return 'UNKNOWN'
        return 'ok'
    if s == {'identical'}:
        return 'ok'
    if s == {'unknown'}:
        return 'UNKNOWN'
    return 'FALSE-CHANGED'


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('rspill')
    ap.add_argument('build_dir')
    ap.add_argument('--truth', default=os.path.join(HERE, 'truth.tsv'))
    ap.add_argument('--pair', action='append', default=[],
                    help='only pairs whose name contains this (repeatable)')
    args = ap.parse_args()

    rows = read_truth(args.truth)
    if args.pair:
        rows = [r for r in rows if any(p in r['pair'] for p in args.pair)]
    pairs = list(dict.fromkeys(r['pair'] for r in rows))

    results = {}
    for pair in pairs:
        a = os.path.join(args.build_dir, pair, 'a.o')
        b = os.path.join(args.build_dir, pair, 'b.o')
        if not (os.path.isfile(a) and os.path.isfile(b)):
            results[pair] = ([], f'missing {a} or {b} (run build.sh first)')
            continue
        results[pair] = run_rspill(args.rspill, a, b)

    totals = dict(ok=0, false_identical=0, false_changed=0, unknown=0, missing=0)
    key = {'ok': 'ok', 'FALSE-IDENTICAL': 'false_identical', 'FALSE-CHANGED': 'false_changed',
           'UNKNOWN': 'unknown', 'MISSING': 'missing'}
    bad = []
    for r in rows:
        records, err = results[r['pair']]
        found = match(records, r['function'])
        statuses = [rec.get('status', '?') for rec in found]
        v = verdict(r['truth'], statuses)
        shown = '+'.join(sorted(set(statuses))) if statuses else ('error' if err else '-')
        totals[key[v]] += 1
        line = f"{r['pair']}\t{r['function']}\t{r['truth']}\t{shown}\t{v}"
        if v == 'MISSING' and err:
            line += f'\t({err})'
        print(line)
        if v.startswith('FALSE'):
            bad.append(line)

    if bad:
        print('\nmisclassified rows:')
        for line in bad:
            print('  ' + line)
    print(f"pairs {len(pairs)} rows {len(rows)} ok {totals['ok']} "
          f"false_identical {totals['false_identical']} false_changed {totals['false_changed']} "
          f"unknown {totals['unknown']} missing {totals['missing']}")
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
