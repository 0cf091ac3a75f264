#!/usr/bin/env bash
# Synthesise the Bedtime Stretch sound cues into assets/sounds/.
#
#   bash scripts/make-sounds.sh        (run from the repository root)
#
# Needs Debian `sox` with `libsox-fmt-all` (for Ogg Vorbis output).
#
# Every cue is built only from sine partials with smooth envelopes:
#   * attack: quarter-sine fade-in (>= 8 ms, so no click),
#   * decay: sox's logarithmic fade, i.e. a straight line in dB
#     (an exponential decay, like a struck bell),
#   * tail: a final quarter-sine fade to exact silence.
# No noise or random source is used, and sox runs with -R (repeatable), so
# re-running the script reproduces the same audio.
#
# Loudness is matched by construction (two passes):
#   pass 1: measure the mixed, unscaled cue with `sox stats`, apply the gain
#           that brings its RMS level to TARGET_RMS_DB (the tick is instead
#           scaled to the mean peak of the other cues), encode to Ogg Vorbis;
#   pass 2: measure the encoded file again and, if the encoder moved the
#           level by more than 0.05 dB, re-encode with the corrected gain.
# Finally every rule is checked and the script fails if one is broken.
set -euo pipefail
export LC_ALL=C

OUT_DIR="assets/sounds"
RATE=44100
QUALITY=4              # Vorbis -C quality
TARGET_RMS_DB=-21      # RMS level of the five longer cues (quiet: night use)
MAX_PEAK_DB=-3         # hard ceiling for every sample peak
RMS_SPREAD_DB=1.5      # max - min RMS of the longer cues (stricter than +/-1.5)
TICK_PEAK_TOL_DB=2     # tick peak must be within this of the others' mean peak

command -v sox >/dev/null || { echo "make-sounds: sox not found" >&2; exit 1; }
[[ -d scripts ]] || { echo "make-sounds: run from the repository root" >&2; exit 1; }

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$OUT_DIR"

# Intermediate files: mono, 44.1 kHz, 32-bit float WAV (no dither, no clipping).
SOXR=(sox -R -V1)
FMT=(-r "$RATE" -c 1 -e floating-point -b 32)

# partial OUT FREQ AMP DUR DECAY_DB_PER_S OFFSET [ATTACK] [TAIL]
#   One sine partial starting OFFSET seconds into the cue, lasting DUR seconds.
#   The decay is sox's log fade (100 dB over its length), so a fade of
#   100/DECAY seconds gives DECAY dB per second.
partial() {
  local out=$1 freq=$2 amp=$3 dur=$4 decay=$5 offset=$6 attack=${7:-0.008} tail=${8:-0.2}
  local virt
  virt=$(awk -v d="$decay" 'BEGIN { printf "%.4f", 100 / d }')
  "${SOXR[@]}" -n "${FMT[@]}" "$out" \
    synth "$virt" sine "$freq" \
    fade q "$attack" \
    fade l 0 "$virt" "$virt" \
    trim 0 "$dur" \
    fade q 0 "$dur" "$tail" \
    vol "$amp" \
    pad "$offset"
}

# mix OUT IN...   (sox -m scales each input by 1/n, so the sum cannot clip)
mix() {
  local out=$1; shift
  if (($# == 1)); then cp "$1" "$out"; else "${SOXR[@]}" -m "$@" "$out"; fi
}

stat() { # stat FILE "RMS lev dB" | "Pk lev dB"
  sox "$1" -n stats 2>&1 | awk -v key="$2" 'index($0, key) == 1 { print $NF }'
}

# bell NAME OFFSET FREQ DUR -> $TMP/NAME.wav : soft bell, fundamental plus a
# quieter, faster-decaying inharmonic partial (2.76x, like a small bell) and
# a faint octave.
bell() {
  local name=$1 offset=$2 f=$3 dur=$4 decay=${5:-30}
  partial "$TMP/$name.a.wav" "$f" 1.00 "$dur" "$decay" "$offset"
  partial "$TMP/$name.b.wav" "$(awk -v f="$f" 'BEGIN { print f * 2.76 }')" 0.18 "$dur" "$((decay * 2))" "$offset"
  partial "$TMP/$name.c.wav" "$(awk -v f="$f" 'BEGIN { print f * 2.0 }')" 0.10 "$dur" "$((decay * 3 / 2))" "$offset"
  "${SOXR[@]}" -m -v 1 "$TMP/$name.a.wav" -v 1 "$TMP/$name.b.wav" -v 1 "$TMP/$name.c.wav" "$TMP/$name.wav" vol 0.7
}

# chime NAME OFFSET FREQ DUR -> $TMP/NAME.wav : lighter, purer chime,
# fundamental plus a faint 2.4x partial.
chime() {
  local name=$1 offset=$2 f=$3 dur=$4 decay=${5:-36}
  partial "$TMP/$name.a.wav" "$f" 1.00 "$dur" "$decay" "$offset"
  partial "$TMP/$name.b.wav" "$(awk -v f="$f" 'BEGIN { print f * 2.4 }')" 0.12 "$dur" "$((decay * 2))" "$offset"
  "${SOXR[@]}" -m -v 1 "$TMP/$name.a.wav" -v 1 "$TMP/$name.b.wav" "$TMP/$name.wav" vol 0.8
}

# --- the six cues (unscaled) -------------------------------------------------

# start: soft bell, G4 (392 Hz), 1.3 s.
bell start_n1 0 392 1.30 30
mix "$TMP/start.wav" "$TMP/start_n1.wav"

# halfway: one soft, higher chime, G5 (784 Hz), 0.9 s.
chime halfway_n1 0 784 0.90 40
mix "$TMP/halfway.wav" "$TMP/halfway_n1.wav"

# switch: two-note rising chime, C5 -> F5 (a fourth), 1.2 s.
chime switch_n1 0    523.25 1.20 36
chime switch_n2 0.32 698.46 0.88 36
mix "$TMP/switch.wav" "$TMP/switch_n1.wav" "$TMP/switch_n2.wav"

# end: two-note descending bell, C5 -> G4, 1.2 s.
bell end_n1 0    523.25 1.20 34
bell end_n2 0.34 392.00 0.86 34
mix "$TMP/end.wav" "$TMP/end_n1.wav" "$TMP/end_n2.wav"

# complete: three-note descending, resolving chime G5 -> E5 -> C5, 2.3 s.
chime complete_n1 0    783.99 2.30 34
chime complete_n2 0.45 659.26 1.85 30
chime complete_n3 0.90 523.25 1.40 26
mix "$TMP/complete.wav" "$TMP/complete_n1.wav" "$TMP/complete_n2.wav" "$TMP/complete_n3.wav"

# tick: very short damped sine "wood" tap, 0.15 s; 5 ms soft attack and a fast
# exponential decay (~300 dB/s); 660 Hz body plus a faint 1.5 kHz knock.
partial "$TMP/tick.a.wav" 660  1.00 0.15 300 0 0.005 0.04
partial "$TMP/tick.b.wav" 1520 0.15 0.15 450 0 0.005 0.04
"${SOXR[@]}" -m -v 1 "$TMP/tick.a.wav" -v 1 "$TMP/tick.b.wav" "$TMP/tick.wav"

LONG=(start halfway switch end complete)

# --- pass 1 + 2: level matching and encoding -----------------------------------

encode() { # encode NAME GAIN_DB
  "${SOXR[@]}" "$TMP/$1.wav" -r "$RATE" -c 1 -C "$QUALITY" "$OUT_DIR/$1.ogg" gain "$2"
}

# level_to NAME KEY TARGET: two-pass gain so that stat KEY of the .ogg == TARGET
level_to() {
  local name=$1 key=$2 target=$3 g now corr
  g=$(awk -v t="$target" -v m="$(stat "$TMP/$name.wav" "$key")" 'BEGIN { printf "%.3f", t - m }')
  encode "$name" "$g"
  now=$(stat "$OUT_DIR/$name.ogg" "$key")
  corr=$(awk -v t="$target" -v m="$now" 'BEGIN { printf "%.3f", t - m }')
  if awk -v c="$corr" 'BEGIN { exit !(c > 0.05 || c < -0.05) }'; then
    g=$(awk -v g="$g" -v c="$corr" 'BEGIN { printf "%.3f", g + c }')
    encode "$name" "$g"
  fi
}

for n in "${LONG[@]}"; do
  level_to "$n" "RMS lev dB" "$TARGET_RMS_DB"
done

# The tick is too short for its RMS to mean much; match its peak instead.
mean_peak=$(for n in "${LONG[@]}"; do stat "$OUT_DIR/$n.ogg" "Pk lev dB"; done |
  awk '{ s += $1 } END { printf "%.2f", s / NR }')
level_to tick "Pk lev dB" "$mean_peak"

# --- verify the rules ----------------------------------------------------------

fail=0
for n in "${LONG[@]}" tick; do
  pk=$(stat "$OUT_DIR/$n.ogg" "Pk lev dB")
  if ! awk -v p="$pk" -v m="$MAX_PEAK_DB" 'BEGIN { exit !(p <= m) }'; then
    echo "make-sounds: $n.ogg peak $pk dBFS is above $MAX_PEAK_DB dBFS" >&2; fail=1
  fi
done
spread=$(for n in "${LONG[@]}"; do stat "$OUT_DIR/$n.ogg" "RMS lev dB"; done |
  awk 'NR == 1 { lo = hi = $1 } { if ($1 < lo) lo = $1; if ($1 > hi) hi = $1 } END { printf "%.2f", hi - lo }')
if ! awk -v s="$spread" -v t="$RMS_SPREAD_DB" 'BEGIN { exit !(s <= t) }'; then
  echo "make-sounds: RMS spread of the longer cues is $spread dB (max $RMS_SPREAD_DB dB)" >&2; fail=1
fi
tick_pk=$(stat "$OUT_DIR/tick.ogg" "Pk lev dB")
if ! awk -v a="$tick_pk" -v b="$mean_peak" -v t="$TICK_PEAK_TOL_DB" 'BEGIN { d = a - b; if (d < 0) d = -d; exit !(d <= t) }'; then
  echo "make-sounds: tick peak $tick_pk dBFS is not within $TICK_PEAK_TOL_DB dB of $mean_peak dBFS" >&2; fail=1
fi
((fail == 0)) || exit 1

echo "make-sounds: wrote ${#LONG[@]}+1 cues to $OUT_DIR (RMS spread ${spread} dB, mean peak ${mean_peak} dBFS)"
