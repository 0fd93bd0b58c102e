#!/usr/bin/env python3
"""Differential test of rspill's objtool model against the real objtool (issue #14).

Random functions from the oracle's generator (tests/oracle/gen.py) are assembled by
clang-19 into objects; each object goes through Debian's objtool (the flags of an
x86 ORC kernel build, as rspill's `objtool::run::FLAGS`) and through
`rspill scan --format json --no-source`.  For every function rspill analyses (it
has findings), rspill's `objtool_prediction.message` — the first line objtool
prints for that function, whatever its cause — is compared with objtool's first
line for it, text and offset.  Functions whose prediction says `uncertain` are
counted, not compared.  A warning the model places in replacement code must be
printed as `.altinstr_replacement+0x…`, with nothing under the function's name.
Half the files return through `__x86_return_thunk` as
kernel code does, half keep `ret` (objtool's return-thunk warning).

With `--cases DIR`, the files are instead DIR's hand-written `*.S`: a line
`# objtool-args: ARGS` gives both tools the build's objtool options (rspill's
`--objtool-args`; default FLAGS), and each `# want: FUNC agree|uncertain`
line says which the function must be (a mismatch counts as a disagreement, so
that a case cannot pass by the model saying `uncertain` where it should know).

The last line is always

    objtool-diff: F files, N functions compared, A agree, D disagree, U uncertain, W would_fail inconsistent

and every disagreement is printed before it, classified as
"objtool's kind | rspill's kind".  Exit status 1 on any disagreement or
inconsistency.

    tests/objtool_diff/objtool_diff.py --rspill target/release/rspill --count 100 --jobs 2
"""
import argparse
import collections
import json
import multiprocessing
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', 'oracle'))
import gen  # noqa: E402

DEBIAN_OBJTOOL = '/usr/lib/linux-kbuild-6.12.117+deb12/tools/objtool/objtool'
# rspill's objtool::run::FLAGS (an x86 ORC kernel build, without writing).
FLAGS = ['--hacks=jump_label', '--hacks=noinstr', '--orc', '--retpoline', '--rethunk',
         '--static-call', '--uaccess', '--dry-run']


def objtool_lines(objtool, obj, flags=FLAGS):
    """{function: [text, ...]} of objtool's warnings/errors, in printed order."""
    out = subprocess.run([objtool] + flags + [obj], capture_output=True, text=True,
                         env=dict(os.environ, SRCARCH='x86'))
    lines = collections.OrderedDict()
    for line in (out.stdout + out.stderr).splitlines():
        m = re.match(r'^.*?: (warning|error): objtool: (.*)$', line)
        if not m:
            continue
        text = m.group(2)
        func = re.split(r'[+:]', text, 1)[0]
        # `f() falls through to next function g()` names f with parentheses.
        func = func.split('()')[0]
        lines.setdefault(func, []).append(text)
    return lines


def kind(text):
    """A message without its function, offset and operands: the class."""
    if text is None:
        return 'nothing'
    rest = text.split(': ', 1)[1] if ': ' in text else text
    rest = re.sub(r'cfa1=.*', 'cfa…', rest)
    rest = re.sub(r'reg1\[.*', 'reg…', rest)
    rest = re.sub(r'call to \S+\(\)', 'call to X()', rest)
    rest = re.sub(r' at \S+$', '', rest)
    return rest


def work(task):
    seed, rspill, objtool, deadline = task
    stats = collections.Counter()
    rows = []
    if time.time() > deadline:
        return seed, stats, rows, None
    tmp = tempfile.mkdtemp(prefix='rspill-objtool-diff-')
    try:
        flags, extra, wants = FLAGS, [], {}
        if isinstance(seed, str):
            # A hand-written case: its options and expectations in comments.
            with open(seed) as f:
                src = f.read()
            for line in src.splitlines():
                m = re.match(r'\s*# objtool-args: (.*)$', line)
                if m:
                    flags = m.group(1).split() + ['--dry-run']
                    extra = ['--objtool-args', m.group(1)]
                m = re.match(r'\s*# want: (\S+) (agree|uncertain)\s*$', line)
                if m:
                    wants[m.group(1)] = m.group(2)
        else:
            src, _ = gen.gen_file(seed)
            if seed % 2:
                src = src.replace('\tret\n', '\tjmp __x86_return_thunk\n')
        s = os.path.join(tmp, 'g%s.S' % os.path.basename(str(seed)))
        o = s[:-2] + '.o'
        with open(s, 'w') as f:
            f.write(src)
        r = subprocess.run(['clang-19', '--target=x86_64-linux-gnu', '-c', s, '-o', o],
                           capture_output=True, text=True)
        if r.returncode:
            return seed, stats, rows, 'clang-19 failed on %s: %s' % (seed, r.stderr[:300])
        real = objtool_lines(objtool, o, flags)
        scan = subprocess.run([rspill, 'scan', '--format', 'json', '--no-source'] + extra + [o],
                              capture_output=True, text=True)
        if scan.returncode not in (0, 1):
            return seed, stats, rows, 'rspill exit %d on %s: %s' % (
                scan.returncode, seed, scan.stderr[:300])
        findings = collections.defaultdict(list)
        for line in scan.stdout.splitlines():
            rec = json.loads(line)
            if rec.get('type') == 'finding':
                findings[rec['function']].append(rec)
        stats['files'] += 1
        for func, want_status in wants.items():
            fs = findings.get(func, [])
            status = ('none' if not fs else 'uncertain' if any(
                f['objtool_prediction'].get('uncertain') for f in fs) else 'agree')
            # 'agree' here: claimed; whether it agrees is checked below.
            if status != want_status:
                stats['disagree'] += 1
                rows.append(('want ' + want_status, status, seed, func, None, None, False))
        for func, fs in findings.items():
            pred = fs[0]['objtool_prediction']
            if any(f['objtool_prediction'].get('uncertain') for f in fs):
                stats['uncertain'] += 1
                stats['uncertain: ' + fs[0]['objtool_prediction']['uncertain'].split(':')[0]] += 1
                continue
            stats['compared'] += 1
            want = pred.get('message')
            # objtool names the function as it does (the first of several
            # symbols at its address in its table: blind review 106), the
            # prediction as objtool would.
            named = want.split('+')[0] if want and '+0x' in want.split(':')[0] else func
            got = (real.get(named) or [None])[0]
            if want and want.startswith('.altinstr_replacement+'):
                # A warning in replacement code is printed under the section's
                # name, and nothing under the function's.
                if got is None and want in real.get('.altinstr_replacement', []):
                    got = want
            fails = [f for f in fs if f.get('objtool_would_fail')]
            inconsistent = bool(fails) and (want is None or any(
                f.get('objtool_message') != want for f in fails))
            if inconsistent:
                stats['inconsistent'] += 1
            if got == want and not inconsistent:
                stats['agree'] += 1
                stats['agree: ' + kind(got)] += 1
            else:
                stats['disagree'] += 1
                rows.append((kind(got), kind(want), seed, func, got, want, inconsistent))
        # objtool's lines about functions rspill does not analyse: outside the
        # model's claims (listed by kind so that the coverage is visible).
        for func, texts in real.items():
            if func not in findings:
                stats['outside: ' + kind(texts[0])] += 1
        return seed, stats, rows, None
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--rspill', required=True)
    ap.add_argument('--objtool', default=os.environ.get('OBJTOOL', DEBIAN_OBJTOOL))
    ap.add_argument('--count', type=int, default=100, help='generated files (2-4 functions each)')
    ap.add_argument('--seconds', type=float, default=1e9, help='stop starting files after this')
    ap.add_argument('--seed', type=int, default=1, help='first seed (file i uses seed+i)')
    ap.add_argument('--jobs', type=int, default=os.cpu_count() or 1)
    ap.add_argument('--cases', help='directory of hand-written *.S cases instead of generated files')
    args = ap.parse_args()
    deadline = time.time() + args.seconds
    if args.cases:
        seeds = sorted(os.path.join(args.cases, n) for n in os.listdir(args.cases)
                       if n.endswith('.S'))
    else:
        seeds = [args.seed + i for i in range(args.count)]
    tasks = [(seed, args.rspill, args.objtool, deadline) for seed in seeds]
    total = collections.Counter()
    classes = collections.Counter()
    problems = []
    with multiprocessing.Pool(args.jobs) as pool:
        for seed, stats, rows, problem in pool.imap_unordered(work, tasks):
            total.update(stats)
            if problem:
                problems.append(problem)
            for got_kind, want_kind, seed_, func, got, want, inconsistent in rows:
                classes[(got_kind, want_kind)] += 1
                print('DISAGREE [%s | %s] %s %s: objtool %r, rspill %r%s' % (
                    got_kind, want_kind, seed_, func, got, want,
                    ' (objtool_would_fail inconsistent)' if inconsistent else ''))
    for p in problems:
        print('PROBLEM', p)
    print('by class (objtool | rspill):')
    for (g, w), n in classes.most_common():
        print('  %5d  %s | %s' % (n, g, w))
    print('agreeing, by message:')
    for k, n in sorted(total.items()):
        if k.startswith('agree: '):
            print('  %5d  %s' % (n, k[7:]))
    print('uncertain, by reason:')
    for k, n in sorted(total.items()):
        if k.startswith('uncertain: '):
            print('  %5d  %s' % (n, k[11:]))
    print("objtool's lines for functions rspill does not analyse (not claimed):")
    for k, n in sorted(total.items()):
        if k.startswith('outside: '):
            print('  %5d  %s' % (n, k[9:]))
    print('objtool-diff: %d files, %d functions compared, %d agree, %d disagree, %d uncertain, '
          '%d would_fail inconsistent' % (total['files'], total['compared'], total['agree'],
                                         total['disagree'], total['uncertain'],
                                         total['inconsistent']))
    sys.exit(1 if total['disagree'] or total['inconsistent'] or problems else 0)


if __name__ == '__main__':
    main()
