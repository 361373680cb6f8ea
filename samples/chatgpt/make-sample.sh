#!/usr/bin/env bash
# Rebuilds chatgpt-export-sample.zip from src/, the readable source of truth.
# Edit src/*.json, run this, commit both. The zip is byte-for-byte reproducible
# (fixed mtimes and modes, no extra fields), so an unchanged src/ gives no diff.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="$here/chatgpt-export-sample.zip"
files=(conversations.json user.json chat.html message_feedback.json)

command -v zip >/dev/null || { echo "make-sample.sh: needs the 'zip' program (apt-get install zip)" >&2; exit 1; }
if command -v jq >/dev/null; then
  for f in "${files[@]}"; do
    [[ $f == *.json ]] || continue
    jq empty "$here/src/$f" || { echo "make-sample.sh: src/$f is not valid JSON" >&2; exit 1; }
  done
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
for f in "${files[@]}"; do
  install -m 644 "$here/src/$f" "$tmp/$f"
  touch -d '2025-06-15 12:00:00 UTC' "$tmp/$f"
done
# -X: no uid/gid or extended-time fields; -D: no directory entries; TZ pins the DOS times.
(cd "$tmp" && TZ=UTC zip -X -D -9 -q out.zip "${files[@]}")
mv "$tmp/out.zip" "$out"
echo "make-sample.sh: wrote $out ($(wc -c <"$out") bytes)" >&2
