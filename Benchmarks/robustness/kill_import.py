#!/usr/bin/env python3
"""Kills `tm import` with SIGKILL at random points and checks the store.

    kill_import.py TM CORPUS [--kills N] [--from F] [--spread F] [--seed S] [--base FILE ...]

Builds a store from the --base files (default: none), records a digest of
every table, then N times: starts `tm import CORPUS`, kills it with SIGKILL
after a random delay within the time a full import takes, and checks that
`PRAGMA integrity_check` says ok and that the digest is unchanged (or, when
the kill came after the commit, that the whole import is there; the store is
then put back as it was before the next kill). Finally imports CORPUS to the
end and checks that the memory grew. Prints one line
per kill and a summary.
"""
import argparse, hashlib, os, random, shutil, signal, sqlite3, subprocess, sys, tempfile, time


def digest(path):
    """A SHA-256 over every row of every ordinary table, in a fixed order."""
    db = sqlite3.connect(path)
    h = hashlib.sha256()
    tables = [name for name, sql in db.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name")
        if not (sql or '').upper().startswith('CREATE VIRTUAL')]
    for table in tables:
        columns = len(db.execute(f'SELECT * FROM "{table}" LIMIT 0').description)
        order = ', '.join(str(i + 1) for i in range(columns))
        h.update(table.encode())
        for row in db.execute(f'SELECT * FROM "{table}" ORDER BY {order}'):
            h.update(repr(row).encode())
    db.close()
    return h.hexdigest()


def integrity(path):
    db = sqlite3.connect(path)
    result = [row[0] for row in db.execute('PRAGMA integrity_check')]
    count = db.execute('SELECT count(*) FROM memoryUnit').fetchone()[0]
    db.close()
    return ' '.join(result), count


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('tm')
    parser.add_argument('corpus')
    parser.add_argument('--kills', type=int, default=8)
    parser.add_argument('--from', dest='start', type=float, default=0.02,
                        help='kill no earlier than this fraction of the time a whole import takes')
    parser.add_argument('--spread', type=float, default=1.0,
                        help='kill within this fraction of the time a whole import takes')
    parser.add_argument('--seed', type=int, default=7)
    parser.add_argument('--base', nargs='*', default=[])
    parser.add_argument('--dir', default=None)
    args = parser.parse_args()
    random.seed(args.seed)
    env = dict(os.environ, SWIFT_BACKTRACE='enable=no', NO_COLOR='1')
    work = args.dir or tempfile.mkdtemp(prefix='tm-kill-')
    store = os.path.join(work, 'store.sqlite')
    for base in args.base:
        subprocess.run([args.tm, 'import', base, '--db', store], check=True, env=env, capture_output=True)
    if not args.base:
        subprocess.run([args.tm, 'import', args.corpus, '--db', store, '--format', 'tsv'], env=env,
                       capture_output=True)  # creates the store (fails on purpose if the format is wrong)
    # A copy to start again from when a kill comes after the commit.
    backup = os.path.join(work, 'backup')
    os.makedirs(backup, exist_ok=True)
    files = [suffix for suffix in ('', '-wal', '-shm') if os.path.exists(store + suffix)]
    for suffix in files:
        shutil.copy(store + suffix, os.path.join(backup, 'store.sqlite' + suffix))
    before = digest(store)
    check, units = integrity(store)
    print(f'store before: {units} units, integrity {check}, digest {before[:16]}', flush=True)

    # How long a full import takes, on a copy.
    copy = os.path.join(work, 'copy.sqlite')
    shutil.copy(store, copy)
    start = time.time()
    subprocess.run([args.tm, 'import', args.corpus, '--db', copy], check=True, env=env, capture_output=True)
    full = time.time() - start
    _, complete = integrity(copy)
    for suffix in ('', '-wal', '-shm', '-lock'):
        if os.path.exists(copy + suffix): os.remove(copy + suffix)
    print(f'a full import takes {full:.1f} s', flush=True)

    outcomes = {'unchanged': 0, 'whole': 0, 'finished': 0, 'failed': 0}
    for k in range(args.kills):
        delay = random.uniform(args.start, args.spread) * full
        process = subprocess.Popen([args.tm, 'import', args.corpus, '--db', store], env=env,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        status = process.wait()
        wal = os.path.getsize(store + '-wal') if os.path.exists(store + '-wal') else 0
        start = time.time()
        check, units = integrity(store)
        after = digest(store)
        took = time.time() - start
        killed = status == -signal.SIGKILL
        # Killed after its commit, the import is whole: that is all right too.
        if check != 'ok':
            outcome = 'failed'
        elif after == before and killed:
            outcome = 'unchanged'
        elif units == complete:
            outcome = 'whole' if killed else 'finished'
        else:
            outcome = 'failed'
        outcomes[outcome] += 1
        words = {'unchanged': 'store unchanged', 'whole': 'the whole import (killed after its commit)',
                 'finished': 'the whole import (it ended before the kill)', 'failed': 'CHANGED  <-- FAILED'}
        print(f'kill {k + 1}: after {delay:5.1f} s, status {status}, WAL {wal / 1e6:7.1f} MB, '
              f'integrity {check}, {units} units, {words[outcome]} (checked in {took:.1f} s)', flush=True)
        if outcome != 'unchanged':
            for suffix in ('', '-wal', '-shm'):
                if os.path.exists(store + suffix): os.remove(store + suffix)
            for suffix in files:
                shutil.copy(os.path.join(backup, 'store.sqlite' + suffix), store + suffix)
            assert digest(store) == before
    start = time.time()
    done = subprocess.run([args.tm, 'import', args.corpus, '--db', store], env=env, capture_output=True, text=True)
    check, units = integrity(store)
    print(f'then a full import: status {done.returncode} in {time.time() - start:.1f} s, {units} units, '
          f'integrity {check}: {done.stdout.strip()}', flush=True)
    print(f"{args.kills} kills: {outcomes['unchanged']} before the commit left the store as it was, "
          f"{outcomes['whole']} after the commit left the whole import, {outcomes['finished']} came after the "
          f"import ended, {outcomes['failed']} failed")
    sys.exit(1 if outcomes['failed'] or done.returncode else 0)


main()
