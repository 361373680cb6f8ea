#!/usr/bin/env python3
"""The shape of a ChatGPT export, to compare a generated one with the real
export of issue 11 (68 message nodes per conversation on average, median 30;
text per message: median 55 bytes, mean 950, p95 3.9 KB; mostly non-Latin
text; about 2.5 bytes of JSON per byte of text).

  export_stats.py EXPORT...     (a .zip, an extracted folder or JSON files)

Text is what a reader sees of a message: its string parts (content.parts)
or its content.text, UTF-8 bytes, for every node that has a message.
Prints one line.
"""
import json
import os
import sys
import zipfile


def is_conversation_file(name):
    base = os.path.basename(name)
    return base == "conversations.json" or (
        base.startswith("conversations-") and base.endswith(".json"))


def files(path):
    """Yields (bytes of the file, loaded JSON) of each conversation file."""
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as z:
            for info in sorted(z.infolist(), key=lambda i: i.filename):
                if is_conversation_file(info.filename):
                    with z.open(info) as f:
                        yield info.file_size, json.load(f)
    elif os.path.isdir(path):
        for root, _dirs, names in os.walk(path):
            for name in sorted(names):
                if is_conversation_file(name):
                    p = os.path.join(root, name)
                    with open(p, "rb") as f:
                        yield os.path.getsize(p), json.load(f)
    else:
        with open(path, "rb") as f:
            yield os.path.getsize(path), json.load(f)


def text_of(message):
    content = message.get("content") or {}
    parts = content.get("parts")
    if isinstance(parts, list):
        return "\n".join(p for p in parts if isinstance(p, str))
    t = content.get("text")
    return t if isinstance(t, str) else ""


def pct(sorted_values, q):
    if not sorted_values:
        return 0
    return sorted_values[min(len(sorted_values) - 1, int(q * len(sorted_values)))]


def main():
    json_bytes = 0
    nodes_per_conv = []
    text_sizes = []
    letters = non_latin = 0
    for path in sys.argv[1:]:
        for size, data in files(path):
            json_bytes += size
            for c in data if isinstance(data, list) else []:
                mapping = c.get("mapping") or {}
                nodes_per_conv.append(len(mapping))
                for node in mapping.values():
                    m = node.get("message") if isinstance(node, dict) else None
                    if not m:
                        continue
                    t = text_of(m)
                    text_sizes.append(len(t.encode("utf-8", "surrogatepass")))
                    for ch in t:
                        if ch.isalpha():
                            letters += 1
                            non_latin += ord(ch) > 0x24F
    nodes_per_conv.sort()
    text_sizes.sort()
    n = max(1, len(text_sizes))
    text_total = sum(text_sizes)
    print(f"{len(nodes_per_conv)} conversations, nodes per conversation mean "
          f"{sum(nodes_per_conv) / max(1, len(nodes_per_conv)):.0f} median {pct(nodes_per_conv, 0.5)}; "
          f"{len(text_sizes)} messages, text bytes per message median {pct(text_sizes, 0.5)} "
          f"mean {text_total / n:.0f} p95 {pct(text_sizes, 0.95)}; "
          f"non-Latin letters {100 * non_latin / max(1, letters):.0f}%; "
          f"JSON bytes per text byte {json_bytes / max(1, text_total):.2f}")


if __name__ == "__main__":
    sys.exit(main())
