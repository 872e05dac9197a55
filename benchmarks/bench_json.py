"""to_json/from_json against json + cattrs. preconfigured JSON converter on the same classes."""

import json
import os
import sys
import timeit
from pathlib import Path

from cattrs.preconf.json import make_converter as make_json_converter

sys.path.insert(0, str(Path(__file__).parent))

from _data import training_log

import negatives as neg


def main() -> None:
    # NEGATIVES_BENCH_QUICK=1: a small log, to check the script runs (the test suite does).
    quick = bool(os.environ.get("NEGATIVES_BENCH_QUICK"))
    log = training_log(sessions=20) if quick else training_log(sessions=260)
    n_sets = sum(len(s.sets) for s in log.sessions)
    plain = make_json_converter()
    text = neg.to_json(log)
    plain_text = json.dumps(plain.unstructure(log))
    repeat = 1 if quick else 3
    write_ours = min(timeit.repeat(lambda: neg.to_json(log), number=1, repeat=repeat))
    write_plain = min(
        timeit.repeat(lambda: json.dumps(plain.unstructure(log)), number=1, repeat=repeat)
    )
    read_ours = min(
        timeit.repeat(lambda: neg.from_json(text, neg.TrainingLog), number=1, repeat=repeat)
    )
    read_plain = min(
        timeit.repeat(
            lambda: plain.structure(json.loads(plain_text), neg.TrainingLog),
            number=1,
            repeat=repeat,
        )
    )
    print(
        f"{n_sets} sets; document {len(text) / 1e6:.2f} MB (plain cattrs: "
        f"{len(plain_text) / 1e6:.2f} MB, exercises repeated in every set)"
    )
    print(
        f"write: negatives {write_ours * 1e3:7.1f} ms   plain cattrs {write_plain * 1e3:7.1f} ms"
        f"   ratio {write_ours / write_plain:.2f}x"
    )
    print(
        f"read:  negatives {read_ours * 1e3:7.1f} ms   plain cattrs {read_plain * 1e3:7.1f} ms"
        f"   ratio {read_ours / read_plain:.2f}x  ({read_ours / n_sets * 1e6:.1f} us/set)"
    )


if __name__ == "__main__":
    main()
