# Prints the generated Python package's view of the table as JSON lines, using only its public contract:
# one line per category, one per code (with the code's own lookup), and one with unknown numbers' lookups.
# Usage: driver.py PACKAGE_PARENT CODE_TYPE CATEGORY_TYPE
import importlib
import json
import sys

sys.path.insert(0, sys.argv[1])
package = importlib.import_module("statuscodes")
codes = getattr(package, sys.argv[2])
categories = getattr(package, sys.argv[3])


def line(value):
    print(json.dumps(value, ensure_ascii=True, separators=(",", ":")))


for category in categories:
    line({"id": category.value, "title": category.title, "description": category.description})
for code in codes:
    lookup = codes.from_code(int(code))
    line({"code": int(code), "name": code.name, "category": code.category.value, "message": code.message,
          "kind": code.kind.value, "retryable": code.is_retryable, "lookup": None if lookup is None else lookup.name})
line({"unknown": [None if codes.from_code(number) is None else codes.from_code(number).name for number in (0, -1, 2147483647)]})
