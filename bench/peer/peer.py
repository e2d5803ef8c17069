#!/usr/bin/env python3
"""The peer stack of coplan's benchmark: a plan kept as YAML and checked against a JSON Schema.

Usage: peer.py FILE.yaml SCHEMA.json

Loads FILE.yaml with PyYAML's C loader (libyaml; the fastest PyYAML offers), validates it with
jsonschema's Draft 2020-12 validator and prints one line: input MB, load seconds, validate
seconds, their total and MB/s, and the number of schema errors. `coplan-bench peer` reads the
`total` figure. Exits 1 when the document breaks the schema, 3 when CSafeLoader is unavailable
(a pure-Python loader would make the comparison unfair to the peer).
"""
import json
import os
import sys
import time


def main(argv):
    if len(argv) != 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    path, schema_path = argv[1], argv[2]
    try:
        import yaml
        loader = yaml.CSafeLoader
    except (ImportError, AttributeError):
        print("peer: PyYAML with libyaml (yaml.CSafeLoader) is not available; run ./setup.sh", file=sys.stderr)
        return 3
    import jsonschema

    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft202012Validator.check_schema(schema)
    megabytes = os.path.getsize(path) / 1048576

    start = time.perf_counter()
    with open(path, "rb") as f:
        data = yaml.load(f, Loader=loader)
    loaded = time.perf_counter()
    validator = jsonschema.Draft202012Validator(schema)
    first = None
    try:
        validator.validate(data)
    except jsonschema.ValidationError as error:
        first = error
    validated = time.perf_counter()

    # validate() returning means iter_errors() yields nothing; count them (untimed) only
    # when it raised.
    errors = 0 if first is None else sum(1 for _ in validator.iter_errors(data))
    if first is not None:
        where = "/".join(str(part) for part in first.absolute_path)
        print(f"peer: {errors} schema errors; first at /{where}: {first.message}", file=sys.stderr)
    load, validate = loaded - start, validated - loaded
    total = load + validate
    print(f"peer: {os.path.basename(path)}  {megabytes:.1f} MB  load {load:.3f} s  validate {validate:.3f} s"
          f"  total {total:.3f} s  {megabytes / total:.2f} MB/s  errors {errors}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
