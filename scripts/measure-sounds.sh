#!/usr/bin/env bash
# Print duration, sample peak and RMS level of each cue in assets/sounds/.
#
#   bash scripts/measure-sounds.sh [DIR]     (default DIR: assets/sounds)
#
# Duration from `soxi -D`; levels from `sox FILE -n stats` ("Pk lev dB",
# "RMS lev dB"), both in dBFS.
set -euo pipefail
export LC_ALL=C

DIR="${1:-assets/sounds}"
shopt -s nullglob
files=("$DIR"/*.ogg)
((${#files[@]})) || { echo "measure-sounds: no .ogg files in $DIR" >&2; exit 1; }

printf '%-14s %8s %10s %10s\n' "file" "dur (s)" "peak dBFS" "RMS dBFS"
for f in "${files[@]}"; do
  dur=$(soxi -D "$f")
  stats=$(sox "$f" -n stats 2>&1)
  pk=$(awk 'index($0, "Pk lev dB") == 1 { print $NF }' <<<"$stats")
  rms=$(awk 'index($0, "RMS lev dB") == 1 { print $NF }' <<<"$stats")
  printf '%-14s %8.3f %10.2f %10.2f\n' "$(basename "$f")" "$dur" "$pk" "$rms"
done
