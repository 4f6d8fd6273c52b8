# Generated judge program: multi-key sorting of records (functional).
records = [
    ('alice', 90, 3.5),
    ('bob', 85, 3.9),
    ('carol', 90, 3.1),
    ('dave', 70, 2.0),
]


def run_case(rows):
    ordered = sorted(rows, key=lambda r: (-r[1], r[2], r[0]))
    return ['{}:{}'.format(name, score) for name, score, _ in ordered]


for line in run_case(records):
    print(line, end=' ')
ranks = {name: i + 1 for i, (name, *_) in enumerate(sorted(records))}
print(sorted(ranks.items()))
