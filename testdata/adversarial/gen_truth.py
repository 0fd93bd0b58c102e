#!/usr/bin/env python3
"""Regenerate truth.tsv from the `// TRUTH` lines of the *.S files and verify it.

For every X.S (X.o must already be built by build.sh):
  * assemble a second copy with -DRSPILL_MARKS (R(id) becomes a global symbol
    rmark_id) into a temporary directory, check that every executable section
    has byte-identical contents to X.o, and read each mark's section offset;
  * the function of a mark is the STT_FUNC symbol containing it; marks in
    .altinstr_replacement get function "@altinstr_replacement" and the offset
    inside that section;  "{site:ID}" in a reason is replaced by FUNC+0xOFF of
    mark ID (the patched original site);
  * verify with llvm-objdump that an instruction writing %rsp from a register
    or memory starts exactly at each listed offset (decoding from that address,
    so restores hidden inside other instructions are checked too);
  * verify completeness: every such instruction found by a linear disassembly
    of every executable section is listed.
Exit status 1 on any inconsistency.
"""
import glob, os, re, subprocess, sys, tempfile

CLANG = os.environ.get("CLANG", "clang-19")
OBJDUMP = os.environ.get("OBJDUMP", "llvm-objdump-19")
READELF = os.environ.get("READELF", "llvm-readelf-19")
here = os.path.dirname(os.path.abspath(__file__))
os.chdir(here)

WRITES_RSP = re.compile(
    r"^(?:lock\s+)?(?:"
    r"(?:mov[a-z]*|lea[a-z]*|cmov[a-z]+|pop[a-z]*|xchg[a-z]*|xadd[a-z]*|cmpxchg[a-z]*)\s.*%rsp$"
    r"|xchg[a-z]*\s+%rsp,.*"
    r")")

def writes_rsp(text, marked=False):
    t = re.sub(r"\s+", " ", text.strip())
    t = re.sub(r"\s*#.*$", "", t)
    if marked and (t == "leave" or t.replace(" ", "") in ("movq%rbp,%rsp", "mov%rbp,%rsp")):
        return True           # listed on purpose: rbp is not (only) a frame pointer there
    if not WRITES_RSP.match(t):
        return False
    m = re.match(r"^([a-z]+) (.*)$", t)
    mnem, ops = m.group(1), m.group(2)
    if mnem.startswith("lea") and re.match(r"^-?(0x[0-9a-f]+|\d+)?\(%rsp\),%rsp$", ops.replace(" ", "")):
        return False          # lea N(%rsp),%rsp: an adjustment, not a restore
    if mnem.startswith("pop") and ops.strip() != "%rsp":
        return False
    if mnem.startswith("mov") and ops.replace(" ", "") == "%rbp,%rsp":
        return False          # frame-pointer epilogue (none in this suite)
    if mnem.startswith("mov") and ops.replace(" ", "").startswith("%rsp,"):
        return False
    return True

def run(*cmd):
    return subprocess.run(cmd, check=True, capture_output=True, text=True).stdout

def sections(obj):
    out = run(READELF, "-SW", obj)
    secs = {}
    for line in out.splitlines():
        m = re.match(r"\s*\[\s*(\d+)\]\s+(\S+)\s+(\S+)\s+([0-9a-f]+)\s+([0-9a-f]+)\s+([0-9a-f]+)\s+\S+\s+(\S*)", line)
        if m:
            idx, name, typ, _, off, size, flags = m.groups()
            secs[int(idx)] = dict(name=name, type=typ, off=int(off, 16), size=int(size, 16), flags=flags)
    return secs

def symbols(obj):
    out = run(READELF, "-sW", obj)
    syms = []
    for line in out.splitlines():
        m = re.match(r"\s*\d+:\s+([0-9a-f]+)\s+(\d+)\s+(\S+)\s+(\S+)\s+\S+\s+(\S+)\s+(\S+)", line)
        if m:
            val, size, typ, bind, ndx, name = m.groups()
            syms.append(dict(value=int(val, 16), size=int(size), type=typ, ndx=ndx, name=name))
    return syms

def section_bytes(obj, sec):
    with open(obj, "rb") as f:
        f.seek(sec["off"])
        return f.read(sec["size"]) if sec["type"] != "NOBITS" else b""

def decode_at(obj, secname, addr):
    out = run(OBJDUMP, "-d", "--no-show-raw-insn", "-j", secname,
              "--start-address=%#x" % addr, "--stop-address=%#x" % (addr + 15), obj)
    for line in out.splitlines():
        m = re.match(r"\s*([0-9a-f]+):\s+(.*)$", line)
        if m and int(m.group(1), 16) == addr:
            return m.group(2).strip()
    return None

def linear(obj, secname):
    out = run(OBJDUMP, "-d", "--no-show-raw-insn", "-j", secname, obj)
    for line in out.splitlines():
        m = re.match(r"\s*([0-9a-f]+):\s+(.*)$", line)
        if m:
            yield int(m.group(1), 16), m.group(2).strip()

def main():
    errors = []
    rows = []
    for src in sorted(glob.glob("*.S")):
        base = src[:-2]
        obj = base + ".o"
        truth = []
        for ln, line in enumerate(open(src), 1):
            m = re.match(r"\s*//\s*TRUTH\s+(\S+)\s+(\S+)\s+(\S+)\s+(\S+)\s+(.*)$", line)
            if m:
                truth.append((ln,) + m.groups())
        if not truth:
            continue
        with tempfile.TemporaryDirectory() as td:
            mobj = os.path.join(td, obj)
            run(CLANG, "--target=x86_64-linux-gnu", "-DRSPILL_MARKS", "-c", src, "-o", mobj)
            s1, s2 = sections(obj), sections(mobj)
            by1 = {s["name"]: s for s in s1.values()}
            for s in s2.values():
                if "X" in s["flags"]:
                    o = by1.get(s["name"])
                    if o is None or section_bytes(obj, o) != section_bytes(mobj, s):
                        errors.append("%s: section %s differs between the marks build and the real build" % (src, s["name"]))
            syms = symbols(mobj)
            marks = {}
            for s in syms:
                if s["name"].startswith("rmark_"):
                    marks[s["name"][6:]] = (int(s["ndx"]), s["value"])
            funcs = [s for s in syms if s["type"] == "FUNC" and s["ndx"].isdigit()]
            def locate(mid):
                ndx, val = marks[mid]
                secname = s2[ndx]["name"]
                for f in funcs:
                    if int(f["ndx"]) == ndx and f["value"] <= val < f["value"] + f["size"]:
                        return secname, val, f["name"], val - f["value"]
                return secname, val, "@" + secname.lstrip("."), val
            listed = set()
            for ln, mid, tr, delta, cls, reason in truth:
                if mid not in marks:
                    errors.append("%s:%d: no mark R(%s)" % (src, ln, mid)); continue
                secname, addr, fn, off = locate(mid)
                text = decode_at(obj, secname, addr)
                if text is None or not writes_rsp(text, marked=True):
                    errors.append("%s:%d: %s at %s+%#x is %r, not a restore" % (src, ln, mid, secname, addr, text))
                def site(mm):
                    _, _, f2, o2 = locate(mm.group(1))
                    return "%s+%#x" % (f2, o2)
                reason = re.sub(r"\{site:(\w+)\}", site, reason)
                if tr not in ("redundant", "delta", "broken", "switch"):
                    errors.append("%s:%d: bad truth %s" % (src, ln, tr))
                if (tr == "delta") != (delta != "-"):
                    errors.append("%s:%d: delta column inconsistent" % (src, ln))
                listed.add((secname, addr))
                rows.append((obj, fn, "%#x" % off, tr, delta, cls, reason + " [insn: %s]" % re.sub(r"\s+", " ", text)))
            for idx, s in s1.items():
                if "X" not in s["flags"]:
                    continue
                for addr, text in linear(obj, s["name"]):
                    if writes_rsp(text) and (s["name"], addr) not in listed:
                        errors.append("%s: unlisted restore %s+%#x: %s" % (obj, s["name"], addr, text))
    with open("truth.tsv", "w") as f:
        f.write("object\tfunction\toffset\ttruth\tdelta\tclass\treason\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    for e in errors:
        print("gen_truth: " + e, file=sys.stderr)
    print("gen_truth: %d restores written to truth.tsv, %d problems" % (len(rows), len(errors)))
    sys.exit(1 if errors else 0)

main()
