#!/usr/bin/python3
"""Truth by execution for blind review 63's cases (run by hand, not a test).

    /usr/bin/python3 tests/adversarial_review63/emulate.py [RSPILL] [DIR] [NAME ...]

Builds each NN_*.S of DIR (this directory by default; review 64's cases
are in tests/adversarial_review64) and of its open/ into a scratch
directory, links it
with thunks.S (`ld.lld-19 -e jumper -Ttext=0x401000`), runs `jumper` in
Unicorn with %edi = 0 and 1 and %rsi, %rdx, %rcx, %r9 pointing at cells
holding `spilled`'s address, and prints what `spilled`'s restore at +0x14
writes to %rsp. With RSPILL it also prints whether that binary claims the
restore redundant. Needs clang-19, ld.lld-19, python3-unicorn and
python3-pyelftools.
"""
import glob, json, os, subprocess, sys, tempfile
from elftools.elf.elffile import ELFFile
from unicorn import Uc, UcError, UC_ARCH_X86, UC_MODE_64, UC_HOOK_CODE
from unicorn.x86_const import (UC_X86_REG_RSP, UC_X86_REG_RDI, UC_X86_REG_RSI,
                               UC_X86_REG_RDX, UC_X86_REG_RCX, UC_X86_REG_R9)

HERE = os.path.dirname(os.path.abspath(__file__))


def run(cmd):
    return subprocess.run(cmd, capture_output=True, text=True, check=False)


def emulate(elf_path):
    elf = ELFFile(open(elf_path, 'rb'))
    sym = {s.name: s['st_value'] for s in elf.get_section_by_name('.symtab').iter_symbols()}
    text = elf.get_section_by_name('.text')
    restore = sym['spilled'] + 0x14
    results = []
    for edi in (0, 1):
        mu = Uc(UC_ARCH_X86, UC_MODE_64)
        mu.mem_map(0x400000, 0x10000)
        mu.mem_write(text['sh_addr'], text.data())
        mu.mem_map(0x800000, 0x10000)
        mu.mem_map(0x900000, 0x1000)
        for i in range(0, 0x100, 8):
            mu.mem_write(0x900000 + i, sym['spilled'].to_bytes(8, 'little'))
        rsp = 0x808000
        mu.mem_write(rsp, (0xdead0000).to_bytes(8, 'little'))
        mu.reg_write(UC_X86_REG_RSP, rsp)
        mu.reg_write(UC_X86_REG_RDI, edi)
        for reg in (UC_X86_REG_RSI, UC_X86_REG_RDX, UC_X86_REG_RCX, UC_X86_REG_R9):
            mu.reg_write(reg, 0x900000)
        state = {'before': None, 'seen': []}

        def hook(uc, addr, size, _):
            if state['before'] is not None:
                state['seen'].append((state['before'], uc.reg_read(UC_X86_REG_RSP)))
                state['before'] = None
            if addr == restore:
                state['before'] = uc.reg_read(UC_X86_REG_RSP)

        mu.hook_add(UC_HOOK_CODE, hook)
        try:
            mu.emu_start(sym['jumper'], 0xdead0000, count=2000)
        except UcError:
            pass
        results.append((edi, state['seen']))
    return results


def main():
    global HERE
    args = sys.argv[1:]
    rspill = args.pop(0) if args and os.path.isfile(args[0]) else None
    if args and os.path.isdir(args[0]):
        HERE = os.path.abspath(args.pop(0))
    sources = sorted(glob.glob(os.path.join(HERE, '[0-9]*.S')) + glob.glob(os.path.join(HERE, 'open', '[0-9]*.S')))
    if args:
        sources = [s for s in sources if os.path.basename(s)[:-2] in args]
    with tempfile.TemporaryDirectory() as tmp:
        thunks = os.path.join(tmp, 'thunks.o')
        run(['clang-19', '--target=x86_64-linux-gnu', '-c', os.path.join(HERE, 'thunks.S'), '-o', thunks])
        for src in sources:
            name = os.path.basename(src)[:-2]
            obj, elf = os.path.join(tmp, name + '.o'), os.path.join(tmp, name + '.elf')
            run(['clang-19', '--target=x86_64-linux-gnu', '-c', src, '-o', obj])
            run(['ld.lld-19', '-e', 'jumper', '-Ttext=0x401000', '-o', elf, obj, thunks])
            claim = ''
            if rspill:
                out = run([rspill, 'scan', '--no-source', '--format', 'json', obj]).stdout
                for line in out.splitlines():
                    rec = json.loads(line)
                    if rec.get('type') == 'finding' and rec['function'] == 'spilled':
                        claim = ' claimed' if rec['restore_redundant'] else ' no claim'
            for edi, seen in emulate(elf):
                for before, after in seen:
                    verdict = 'no-op' if before == after else 'NOT a no-op'
                    print(f'{name}{claim}: edi={edi}: restore at rsp {before:#x} writes {after:#x}: {verdict}')
                if not seen:
                    print(f'{name}{claim}: edi={edi}: restore not reached')


main()
