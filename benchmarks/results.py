#!/usr/bin/env python3
"""Turns JMH JSON results of the signals benchmarks into the ratio tables of RESULTS.md.

    results.py merge OUT.json IN.json...   concatenate JMH result files
    results.py table RESULTS.json          print the Markdown tables and the targets

Every ratio is against a baseline measured in the same run: the direct call for dispatch,
plain Hibernate for writes, the starter with no receiver for startup, Spring Modulith's event
publication registry for durable delivery. The error of a ratio is
propagated from the 99.9% confidence intervals JMH reports for both scores.
"""
import json
import math
import sys


def load(path):
    with open(path) as f:
        return json.load(f)


def number(value):
    try:
        value = float(value)
    except (TypeError, ValueError):
        return math.nan
    return value


def metric(entry, name=None):
    m = entry['primaryMetric'] if name is None else entry.get('secondaryMetrics', {}).get(name)
    if m is None:
        return None
    return number(m['score']), number(m['scoreError']), m['scoreUnit']


# Student's t quantile for a two-sided 99.9% interval, as JMH uses, by degrees of freedom
T999 = {1: 636.6, 2: 31.6, 3: 12.92, 4: 8.61, 5: 6.87, 6: 5.96, 7: 5.41, 8: 5.04, 9: 4.78, 10: 4.59,
        12: 4.32, 15: 4.07, 20: 3.85, 30: 3.65, 40: 3.55, 60: 3.46, 120: 3.37}


def t999(df):
    keys = sorted(T999)
    if df >= keys[-1]:
        return 3.29
    for low, high in zip(keys, keys[1:]):
        if low <= df <= high:
            return T999[low] + (T999[high] - T999[low]) * (df - low) / (high - low)
    return math.nan


def per_iteration(entry, name):
    """Mean and 99.9% error of an @AuxCounters EVENTS metric, which JMH sums over iterations."""
    m = entry.get('secondaryMetrics', {}).get(name)
    if m is None:
        return None
    values = [v for fork in m['rawData'] for v in fork]
    n = len(values)
    mean = sum(values) / n
    if n < 2:
        return mean, math.nan
    sd = math.sqrt(sum((v - mean) ** 2 for v in values) / (n - 1))
    return mean, t999(n - 1) * sd / math.sqrt(n)


def ratio(a, b):
    (sa, ea), (sb, eb) = a, b
    r = sa / sb
    rel = math.sqrt((ea / sa) ** 2 + (eb / sb) ** 2) if not (math.isnan(ea) or math.isnan(eb)) else math.nan
    return r, r * rel


def fmt(score, error, digits=1):
    if math.isnan(error):
        return f'{score:.{digits}f}'
    return f'{score:.{digits}f} ± {error:.{digits}f}'


def fmt_ratio(r):
    return fmt(r[0], r[1], 3)


def short(entry):
    return entry['benchmark'].rsplit('.', 1)[1]


def at_least(r, limit):
    """met if the whole interval is at or above the limit, missed if it is all below it."""
    value, error = r
    if math.isnan(error):
        return 'inconclusive (no error bar)'
    if value - error >= limit:
        return 'met'
    if value + error < limit:
        return 'missed'
    return 'inconclusive'


def verdict(r, limit, floor=None):
    """met if the whole interval is within the limit, missed if it is all above it. With a floor,
    an interval reaching below it (a variant that does more work measured clearly faster than its
    baseline) is noise, not a result."""
    value, error = r
    if math.isnan(error):
        return 'inconclusive (no error bar)'
    if floor is not None and value - error < floor:
        return 'inconclusive (noise)'
    if value + error <= limit:
        return 'met'
    if value - error > limit:
        return 'missed'
    return 'inconclusive'


def table(path):
    results = load(path)
    out = []
    targets = []
    dispatch = [e for e in results if 'DispatchBenchmark' in e['benchmark']]
    writes = [e for e in results if 'WriteBenchmark' in e['benchmark']]
    startup = [e for e in results if 'StartupBenchmark' in e['benchmark']]
    durable = [e for e in results if 'DurableDeliveryBenchmark' in e['benchmark']]

    if dispatch:
        out.append('### Dispatch (ns per send, lower is better)\n')
        out.append('| receivers | direct call (floor) | `signals.send` | `publishEvent` | send / direct | publishEvent / send |')
        out.append('| ---: | ---: | ---: | ---: | ---: | ---: |')
        by = {}
        for e in dispatch:
            by[(e['params']['receivers'], short(e))] = metric(e)[:2]
        for n in sorted({k[0] for k in by}, key=int):
            d, s, p = by.get((n, 'directCall')), by.get((n, 'signalsSend')), by.get((n, 'springPublishEvent'))
            if not (d and s and p):
                continue
            sd = ratio(s, d)
            ps = ratio(p, s)
            out.append(f'| {n} | {fmt(*d, 2)} | {fmt(*s, 2)} | {fmt(*p, 2)} | {fmt_ratio(sd)} | {fmt_ratio(ps)} |')
            if n == '1':
                targets.append(('`send` to one receiver at least 10x faster than `publishEvent`',
                                f'publishEvent / send = {fmt_ratio(ps)}',
                                'met' if ps[0] - ps[1] >= 10 else ('missed' if ps[0] + ps[1] < 10 else 'inconclusive')))
                targets.append(('`send` to one receiver at most 3x a direct call',
                                f'send / direct = {fmt_ratio(sd)}', verdict(sd, 3.0)))
        out.append('')

    if writes:
        out.append('### Writes: 10,000 entities in one transaction (ms per transaction, lower is better)\n')
        out.append('Ratio: against plain Hibernate (the starter disabled) for the same operation in the same run. '
                   'Allocation per entity: `op` is what the benchmark thread allocated during the timed '
                   'transaction only (`ThreadMXBean.getCurrentThreadAllocatedBytes`, exact), divided by the '
                   'entities written; `-prof gc` is `gc.alloc.rate.norm`, which also counts the untimed setup of '
                   'the iteration (the same for every variant). "over plain" is the difference to plain Hibernate '
                   'for the same operation.\n')
        out.append('| operation | variant | ms / op | ratio to plain | op B / entity | op B / entity over plain '
                   '| -prof gc B / entity | -prof gc B / entity over plain |')
        out.append('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |')
        by = {}
        for e in writes:
            by[(short(e), e['params']['variant'])] = e
        order = ['plain', 'starter', 'signal', 'preSignal', 'entityListener', 'domainEvents', 'signalAfterCommit', 'txEventListener']
        for op in ['insert', 'update', 'delete']:
            base = by.get((op, 'plain'))
            if base is None:
                continue
            entities = int(base['params']['entities'])
            bt = metric(base)[:2]
            ba = metric(base, 'gc.alloc.rate.norm')
            bo = per_iteration(base, 'opAllocatedBytes')
            ratios = {}
            for variant in order:
                e = by.get((op, variant))
                if e is None:
                    continue
                t = metric(e)[:2]
                r = ratio(t, bt)
                ratios[variant] = r
                cells = []
                for a, b in [(per_iteration(e, 'opAllocatedBytes'), bo),
                             (metric(e, 'gc.alloc.rate.norm'), ba)]:
                    if a and b:
                        cells.append(fmt(a[0] / entities, a[1] / entities, 0))
                        cells.append(fmt((a[0] - b[0]) / entities, math.hypot(a[1], b[1]) / entities, 0))
                    else:
                        cells += ['', '']
                out.append(f'| {op} | {variant} | {fmt(*t)} | {fmt_ratio(r)} | ' + ' | '.join(cells) + ' |')
            if 'starter' in ratios:
                targets.append((f'{op}: no receivers within 2% of plain Hibernate',
                                f'starter / plain = {fmt_ratio(ratios["starter"])}', verdict(ratios['starter'], 1.02, 0.98)))
                a, b = per_iteration(by[(op, 'starter')], 'opAllocatedBytes'), bo
                if a and b:
                    diff = (a[0] - b[0]) / entities
                    err = math.hypot(a[1], b[1]) / entities
                    status = 'met' if diff + err < 1 else ('missed' if diff - err >= 1 else 'inconclusive')
                    targets.append((f'{op}: zero bytes allocated per write by the starter with no receivers',
                                    f'{diff:.0f} ± {err:.0f} B / entity over plain (op only)', status))
            if 'signal' in ratios:
                targets.append((f'{op}: one receiver within 5% of plain Hibernate',
                                f'signal / plain = {fmt_ratio(ratios["signal"])}', verdict(ratios['signal'], 1.05, 0.95)))
                for peer in ['entityListener', 'domainEvents']:
                    if peer in ratios:
                        r = ratio((ratios['signal'][0], ratios['signal'][1]), ratios[peer])
                        targets.append((f'{op}: one receiver no slower than {peer}',
                                        f'signal / {peer} = {fmt_ratio(r)}', verdict(r, 1.0)))
            if 'signalAfterCommit' in ratios and 'txEventListener' in ratios:
                r = ratio(ratios['signalAfterCommit'], ratios['txEventListener'])
                targets.append((f'{op}: AFTER_COMMIT receiver against @TransactionalEventListener (informative)',
                                f'signalAfterCommit / txEventListener = {fmt_ratio(r)}', verdict(r, 1.0)))
        out.append('')

    if startup:
        out.append('### Startup: context refresh with JPA on H2, warm JVM (ms, lower is better)\n')
        out.append('| case | ms | ratio to `receivers0` | ms over `receivers0` |')
        out.append('| --- | ---: | ---: | ---: |')
        by = {e['params']['receivers']: metric(e)[:2] for e in startup}
        base = by.get('receivers0')
        for case in ['plain', 'receivers0', 'receivers500', 'beans500Disabled']:
            if case in by and base:
                s = by[case]
                out.append(f'| {case} | {fmt(*s)} | {fmt_ratio(ratio(s, base))} | '
                           f'{fmt(s[0] - base[0], math.hypot(s[1], base[1]))} |')
        if base and 'receivers500' in by:
            s = by['receivers500']
            d = (s[0] - base[0], math.hypot(s[1], base[1]))
            targets.append(('500 receivers add less than 100 ms to startup', f'{fmt(*d)} ms', verdict(d, 100.0)))
        if 'receivers500' in by and 'beans500Disabled' in by:
            s, b = by['receivers500'], by['beans500Disabled']
            out.append('')
            out.append(f'Discovery and validation of the 500 receivers alone (`receivers500` - `beans500Disabled`): '
                       f'{fmt(s[0] - b[0], math.hypot(s[1], b[1]))} ms.')
        out.append('')

    durable_measured = False
    if durable:
        by = {e['params']['variant']: e for e in durable}
        n = int(durable[0]['params']['deliveries'])
        out.append(f'### Durable delivery: {n:,} transactions of one event each, until every delivery ran and its '
                   'record is completed (higher deliveries / s is better)\n')
        out.append('Baseline: Spring Modulith\'s JPA event publication registry on the same database settings, in the '
                   'same run. Ratio = signals throughput / Modulith throughput (= Modulith time / signals time); '
                   'above 1 means signals delivers more per second.\n')
        out.append(f'| listener runs | variant | ms / {n:,} deliveries | deliveries / s | ratio to Modulith |')
        out.append('| --- | --- | ---: | ---: | ---: |')
        for mode, pair in [('committing thread', ('modulith', 'signals')),
                           ('task executor (async)', ('modulithAsync', 'signalsAsync'))]:
            base = by.get(pair[0])
            if base is None:
                continue
            bt = metric(base)[:2]
            for variant in pair:
                e = by.get(variant)
                if e is None:
                    continue
                t = metric(e)[:2]
                per_second = (n * 1000.0 / t[0], n * 1000.0 / t[0] * t[1] / t[0])
                r = ratio(bt, t)
                out.append(f'| {mode} | {variant} | {fmt(*t)} | {fmt(*per_second, 0)} | {fmt_ratio(r)} |')
                if variant == 'signals':
                    durable_measured = True
                    targets.append(('durable delivery at least as fast as Spring Modulith\'s registry',
                                    f'signals / modulith throughput = {fmt_ratio(r)}', at_least(r, 1.0)))
                elif variant == 'signalsAsync':
                    targets.append(('durable async delivery against `@ApplicationModuleListener` (informative)',
                                    f'signalsAsync / modulithAsync throughput = {fmt_ratio(r)}', at_least(r, 1.0)))
        out.append('')

    out.append('### Targets\n')
    out.append('| target | measured | verdict |')
    out.append('| --- | --- | --- |')
    for t in targets:
        out.append(f'| {t[0]} | {t[1]} | {t[2]} |')
    if not durable_measured:
        out.append('| durable delivery at least as fast as Spring Modulith\'s registry | - | not measured in this run |')
    print('\n'.join(out))


def main(argv):
    if len(argv) >= 3 and argv[1] == 'merge':
        merged = []
        for path in argv[3:]:
            merged.extend(load(path))
        with open(argv[2], 'w') as f:
            json.dump(merged, f, indent=2)
    elif len(argv) == 3 and argv[1] == 'table':
        table(argv[2])
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
