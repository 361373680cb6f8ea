#!/usr/bin/env python3
"""The baseline of bench/import (issue 11): the hand-written script users
compare `chatbeto import` with. json.load of each conversation file, then
PyMySQL executemany into two narrow tables (ids, times, model, visible text),
one transaction, against the same server as chatbeto.

  import_baseline.py --socket S --user U --db NAME EXPORT...

EXPORT: a .zip export, an extracted export folder, or a conversations JSON
file. The database is dropped and created again. Prints one JSON line:
conversations, messages, seconds (wall time of the whole run after the
connection is open, i.e. reading, parsing and writing).
"""
import argparse
import datetime
import json
import os
import sys
import time
import zipfile

import pymysql

SCHEMA = [
    """CREATE TABLE conversations (
         id VARCHAR(100) NOT NULL PRIMARY KEY,
         title TEXT NULL,
         create_time DATETIME(6) NULL,
         update_time DATETIME(6) NULL,
         model VARCHAR(64) NULL
       ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci""",
    """CREATE TABLE messages (
         conversation_id VARCHAR(100) NOT NULL,
         node_id VARCHAR(150) NOT NULL,
         role VARCHAR(32) NULL,
         create_time DATETIME(6) NULL,
         model VARCHAR(64) NULL,
         text LONGTEXT NULL,
         PRIMARY KEY (conversation_id, node_id)
       ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci""",
]


def is_conversation_file(name):
    base = os.path.basename(name)
    return base == "conversations.json" or (
        base.startswith("conversations-") and base.endswith(".json"))


def conversation_files(path):
    """Yields (name, loaded JSON array) for each conversation file."""
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as z:
            for name in sorted(z.namelist()):
                if is_conversation_file(name):
                    with z.open(name) as f:
                        yield name, json.load(f)
    elif os.path.isdir(path):
        for root, _dirs, files in os.walk(path):
            for name in sorted(files):
                if is_conversation_file(name):
                    with open(os.path.join(root, name), "rb") as f:
                        yield name, json.load(f)
    else:
        with open(path, "rb") as f:
            yield path, json.load(f)


def when(t):
    if t is None:
        return None
    try:
        return datetime.datetime.fromtimestamp(float(t), datetime.timezone.utc).replace(tzinfo=None)
    except (TypeError, ValueError, OverflowError, OSError):
        return None


def text_of(message):
    parts = (message.get("content") or {}).get("parts") or []
    return "\n".join(p for p in parts if isinstance(p, str)) or None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--socket", required=True)
    ap.add_argument("--user", required=True)
    ap.add_argument("--db", required=True)
    ap.add_argument("exports", nargs="+")
    a = ap.parse_args()

    conn = pymysql.connect(unix_socket=a.socket, user=a.user, charset="utf8mb4", autocommit=False)
    cur = conn.cursor()
    cur.execute(f"DROP DATABASE IF EXISTS `{a.db}`")
    cur.execute(f"CREATE DATABASE `{a.db}`")
    cur.execute(f"USE `{a.db}`")
    for ddl in SCHEMA:
        cur.execute(ddl)

    start = time.monotonic()
    n_conv = n_msg = 0
    for path in a.exports:
        for _name, data in conversation_files(path):
            convs, msgs = [], []
            for c in data if isinstance(data, list) else []:
                cid = c.get("id") or c.get("conversation_id")
                if not cid:
                    continue
                model = c.get("default_model_slug")
                convs.append((cid, c.get("title"), when(c.get("create_time")),
                              when(c.get("update_time")), model))
                for node_id, node in (c.get("mapping") or {}).items():
                    m = node.get("message")
                    if not m:
                        continue
                    meta = m.get("metadata") or {}
                    msgs.append((cid, node_id, (m.get("author") or {}).get("role"),
                                 when(m.get("create_time")), meta.get("model_slug") or model,
                                 text_of(m)))
            cur.executemany("INSERT IGNORE INTO conversations (id, title, create_time, update_time, "
                            "model) VALUES (%s, %s, %s, %s, %s)", convs)
            cur.executemany("INSERT IGNORE INTO messages (conversation_id, node_id, role, "
                            "create_time, model, text) VALUES (%s, %s, %s, %s, %s, %s)", msgs)
            n_conv += len(convs)
            n_msg += len(msgs)
    conn.commit()
    secs = time.monotonic() - start
    conn.close()
    print(json.dumps({"conversations": n_conv, "messages": n_msg, "seconds": round(secs, 3)}))


if __name__ == "__main__":
    sys.exit(main())
