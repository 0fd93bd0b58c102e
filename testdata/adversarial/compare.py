#!/usr/bin/env python3
"""Compare rspill's findings on the adversarial objects against truth.tsv.

usage: python3 compare.py RSPILL_BINARY      (run from this directory)

For each row of truth.tsv prints the truth and what rspill said (kind,
restore_redundant, rsp_delta), then the totals.  Exit status 1 if rspill made
any false claim: a false redundant, a wrong delta, an unreported restore, or a
broken restore called rsp-switch or a realigned frame's epilogue.

Matching: a restore is reported if a finding has the same function and offset.
Rows with function "@altinstr_replacement" are matched against a finding in
section .altinstr_replacement at the same offset (the offset inside that
section); otherwise they count as unreported.  What rspill says at the patched
site named in the reason ("patches FUNC+0xOFF") is printed as a note.
"""
import collections, json, os, re, subprocess, sys

def main():
    if len(sys.argv) != 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    rspill = os.path.abspath(sys.argv[1])
    os.chdir(os.path.dirname(os.path.abspath(__file__)))
    rows = []
    with open("truth.tsv") as f:
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            if line.strip():
                rows.append(dict(zip(header, line.rstrip("\n").split("\t"))))
    findings = collections.defaultdict(list)   # object -> [finding]
    for obj in sorted({r["object"] for r in rows}):
        p = subprocess.run([rspill, "scan", "--format", "json", "--no-source", obj],
                           capture_output=True, text=True)
        if p.returncode not in (0, 1):
            print("%s: rspill exit %d: %s" % (obj, p.returncode, p.stderr.strip()))
        for line in p.stdout.splitlines():
            try:
                rec = json.loads(line)
            except ValueError:
                continue
            if rec.get("type") == "finding":
                findings[obj].append(rec)
            elif rec.get("type") == "error":
                print("%s: rspill error: %s" % (obj, rec.get("message")))

    tot = collections.Counter()
    false_claims = []
    print("%-22s %-28s %-7s %-9s %-6s | %-20s %-5s %-6s  verdict" %
          ("object", "function", "offset", "truth", "delta", "rspill kind", "red", "delta"))
    for r in rows:
        obj, fn, off = r["object"], r["function"], int(r["offset"], 16)
        truth, tdelta = r["truth"], r["delta"]
        match = None
        for f in findings[obj]:
            if fn == "@altinstr_replacement":
                # rspill reports a restore in replacement code at the site it
                # patches, with its offset in the replacement section.
                if (f.get("section") == ".altinstr_replacement" and f.get("offset") == off) or \
                        f.get("replacement_offset") == off:
                    match = f
            elif f["function"] == fn and f["offset"] == off:
                match = f
            if match:
                break
        note = ""
        m = re.search(r"patches (\S+)\+(0x[0-9a-f]+)", r["reason"])
        if fn == "@altinstr_replacement" and m:
            site = [f for f in findings[obj]
                    if f["function"] == m.group(1) and f["offset"] == int(m.group(2), 16)]
            note = "  (patched site %s+%s: %s)" % (m.group(1), m.group(2),
                    "%s red=%s delta=%s" % (site[0]["kind"], site[0]["restore_redundant"], site[0]["rsp_delta"])
                    if site else "no finding")
        verdicts = []
        if match is None:
            verdicts.append("UNREPORTED")
            kind, red, delta = "-", "-", "-"
        else:
            kind, red, delta = match["kind"], match["restore_redundant"], match["rsp_delta"]
            if red and truth != "redundant":
                verdicts.append("FALSE-REDUNDANT")
            if delta is not None:
                if truth == "redundant":
                    ok = delta == 0
                elif truth == "delta":
                    ok = delta == int(tdelta)
                else:
                    ok = False
                if not ok:
                    verdicts.append("WRONG-DELTA")
            if truth == "broken" and kind == "rsp-switch":
                verdicts.append("BROKEN-CALLED-SWITCH")
            # The other informational label: a frame's epilogue.
            if truth == "broken" and "leaves a realigned" in match.get("summary", ""):
                verdicts.append("BROKEN-CALLED-EPILOGUE")
        if verdicts:
            for v in verdicts:
                tot[v] += 1
            false_claims.append((r, kind, red, delta, verdicts))
            verdict = ",".join(verdicts)
        else:
            conservative = ((truth == "redundant" and not red) or
                            (truth == "delta" and delta is None) or
                            (truth == "switch" and kind != "rsp-switch"))
            verdict = "over-conservative" if conservative else "correct"
            tot[verdict] += 1
        print("%-22s %-28s %-7s %-9s %-6s | %-20s %-5s %-6s  %s" %
              (obj, fn, r["offset"], truth, tdelta, kind, red, delta, verdict + note))
    print()
    print("restores: %d" % len(rows))
    for k in ("FALSE-REDUNDANT", "WRONG-DELTA", "UNREPORTED", "BROKEN-CALLED-SWITCH",
              "BROKEN-CALLED-EPILOGUE"):
        print("%-22s %d" % (k.lower().replace("-", " ") + ":", tot[k]))
    print("%-22s %d" % ("correct:", tot["correct"]))
    print("%-22s %d" % ("over-conservative:", tot["over-conservative"]))
    print("restores with a false claim: %d" % len(false_claims))
    return 1 if false_claims else 0

sys.exit(main())
