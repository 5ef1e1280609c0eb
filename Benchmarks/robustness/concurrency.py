#!/usr/bin/env python3
"""Readers and writers on one store while a large import runs.

    concurrency.py TM CORPUS --tbx FILE --small FILE [--second FILE] [--dir DIR]

Makes a store (the project's term base with --db, plus a small memory),
then starts `tm import CORPUS` and, until it ends, runs `tm lookup`,
`tm match` and `tm concordance` one after the other, timing each and
comparing its output with the output before the import: every read must
show the store as it was before the import or, once the import has
committed, as it is after it, and never anything in between. A few seconds in,
it starts a second memory import and a TBX import, which must wait for the
first and then succeed (--second, default --small, is the memory file the
second import reads). Prints latencies and the final counts, and checks that
the store holds every unit the imports said they added.
"""
import argparse, os, re, sqlite3, statistics, subprocess, sys, tempfile, time


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('tm')
    parser.add_argument('corpus')
    parser.add_argument('--tbx', required=True)
    parser.add_argument('--small', required=True)
    parser.add_argument('--second', default=None)
    parser.add_argument('--dir', default=None)
    args = parser.parse_args()
    env = dict(os.environ, SWIFT_BACKTRACE='enable=no', NO_COLOR='1')
    work = args.dir or tempfile.mkdtemp(prefix='tm-concurrency-')
    store = os.path.join(work, 'store.sqlite')
    db = ['--db', store]

    def tm(*arguments):
        start = time.time()
        result = subprocess.run([args.tm, *arguments, *db], capture_output=True, text=True, env=env)
        return result, time.time() - start

    def units():
        connection = sqlite3.connect(store)
        count = connection.execute('SELECT count(*) FROM memoryUnit').fetchone()[0]
        connection.close()
        return count

    subprocess.run([args.tm, 'import', args.small, *db], check=True, capture_output=True, env=env)
    lines = [line.split('\t') for line in open(args.small, encoding='utf-8-sig').read().splitlines()]
    reads = {
        'lookup': ['lookup', 'Nurly Zhol'],
        'match': ['match', lines[1][lines[0].index('en')]],
        'concordance': ['concordance', 'file', '--limit', '3'],
    }
    before = {name: tm(*command)[0].stdout for name, command in reads.items()}
    start_units = units()
    print(f'store before: {start_units} units', flush=True)

    t0 = time.time()
    big = subprocess.Popen([args.tm, 'import', args.corpus, *db], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           text=True, env=env)
    latencies = {name: [] for name in reads}
    outputs = {name: [] for name in reads}
    failures = []
    writers = []
    while big.poll() is None:
        for name, command in reads.items():
            result, took = tm(*command)
            if big.poll() is not None:
                break
            latencies[name].append(took)
            outputs[name].append((time.time() - took, result.stdout))
            if result.returncode != 0:
                failures.append((name, result.returncode, result.stderr.strip()[:120]))
        if not writers and time.time() - t0 > 3:
            for file in (args.second or args.small, args.tbx):
                writers.append((file, time.time(), subprocess.Popen(
                    [args.tm, 'import', file, *db], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                    env=env)))
        time.sleep(0.1)
    out, err = big.communicate()
    ended = time.time()
    print(f'import: status {big.returncode} in {ended - t0:.1f} s: {out.strip()}', flush=True)

    def as_before(name):
        """How many reads saw the old store, then (after the commit) one new state, and nothing else."""
        seen = [output for _, output in outputs[name]]
        old = next((i for i, output in enumerate(seen) if output != before[name]), len(seen))
        new = set(seen[old:])
        if len(new) > 1 or before[name] in new:
            failures.append((name, 'saw neither the old store nor one new state'))
        if old == len(seen):
            return 'all saw the store as before the import'
        return (f'{old} saw the store as before the import, the last {len(seen) - old} (started from '
                f'{ended - outputs[name][old][0]:.1f} s before the import process ended) as after its commit')

    for name in reads:
        xs = latencies[name]
        if xs:
            print(f'{name:12} {len(xs):4} runs during the import, p50 {statistics.median(xs) * 1000:.0f} ms, '
                  f'max {max(xs) * 1000:.0f} ms; {as_before(name)}')
    print(f'read failures: {failures or "none"}')
    added = lambda output: int(m.group(1)) if (m := re.search(r'imported (\d+) units?', output)) else 0
    expected = start_units + added(out)
    writers_failed = 0
    for file, started, process in writers:
        out, err = process.communicate()
        if file != args.tbx:
            expected += added(out)
        writers_failed += process.returncode != 0
        finished = time.time()
        waited = 'waited' if 'waiting for it to finish' in err else 'did not wait'
        print(f'second writer {os.path.basename(file)}: started {started - t0:.1f} s into the import, {waited}, '
              f'status {process.returncode}, done {finished - ended:+.1f} s after the import: '
              f'{out.strip().splitlines()[0] if out.strip() else err.strip()[-160:]}')
    final = units()
    print(f'store after: {final} units, {"as" if final == expected else "NOT as"} the imports said ({expected})')
    sys.exit(0 if final == expected and not failures and not writers_failed and big.returncode == 0 else 1)


main()
