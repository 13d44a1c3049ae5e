#!/usr/bin/env bash
# The captioner's speed and accuracy (issue 15): real-time factor of a 60-second
# recording with Whisper tiny.en and base, word error rate on speech made by espeak-ng
# from known texts in English, French and Spanish, and peak memory of the process (one
# recognition stream: what a worker holds per stream). Models come from .ci/whisper-models.
#   cargo build --release -p wsis -p wsis-speech && bash bench/captions.sh
set -euo pipefail
cd "$(dirname "$0")/.."
bench=target/release/wsis-captions-bench
models="$(WSIS_BIN=${WSIS_BIN:-target/release/wsis} .ci/whisper-models)"
threads="${THREADS:-2}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for lang in en fr es; do
  espeak-ng -v "$lang" -s 150 -f "bench/captions/$lang.txt" -w "$work/$lang.wav"
done
run() { # model, recording, language, reference
  "$bench" "$models/$1" "$work/$2.wav" "$3" "bench/captions/$4.txt" "$threads"
}
echo "model,recording,language,audio_s,load_s,decode_s,recognise_s,rtf,wer,peak_rss_mib"
for spec in "tiny.en.ggml en en en" "base.ggml en en en" "base.ggml en auto en" "base.ggml fr fr fr" "base.ggml es es es"; do
  set -- $spec
  line="$(run "$1" "$2" "$3" "$4")"
  python3 - "$1" "$2" "$3" "$line" <<'PY'
import json, sys
m, rec, lang, line = sys.argv[1:]
r = json.loads(line)
print(f"{m},{rec},{lang},{r['audio_s']:.1f},{r['load_s']:.2f},{r['decode_s']:.2f},{r['recognise_s']:.2f},{r['rtf']:.3f},{r['wer']:.3f},{r['peak_rss_mib']:.0f}")
print("   ", r["text"][:160], file=sys.stderr)
PY
done
