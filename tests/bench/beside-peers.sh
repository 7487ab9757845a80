#!/bin/bash
# Every issue-11 figure in one run, each beside its peer: the window's cold start and memory
# (Ghostwriter), typing at 20k and 200k characters, autosave (raw fsync), .docx import (pandoc),
# PDF (LibreOffice) and a 100k-article store. Needs xvfb-run; the peers are optional (each
# comparison is skipped without its program): apt-get install ghostwriter pandoc
# libreoffice-writer-nogui. Usage: tests/bench/beside-peers.sh BUILD_DIR [WORK_DIR]
set -u
build=$(realpath "${1:?usage: beside-peers.sh BUILD_DIR [WORK_DIR]}")
work=${2:-$(mktemp -d)}
bench=$build/tests/bench
export QTWEBENGINE_DISABLE_SANDBOX=1 QTWEBENGINE_CHROMIUM_FLAGS=--disable-gpu
xvfb=(xvfb-run -a -s "-screen 0 1600x1000x24")
mkdir -p "$work"
cd "$work" || exit 1
echo "start $(date -u +%FT%TZ), load $(cut -d' ' -f1-3 /proc/loadavg), work folder $work"
echo "== window: cold start and memory"
"${xvfb[@]}" "$bench/gui/copydesk-bench-gui" --only start,memory --runs 5 --dir "$work/gui" --photo-cache "$work/photos"
for run in 1 2 3; do
    for characters in 20000 200000; do
        echo "== window: typing, $characters characters, run $run"
        "${xvfb[@]}" "$bench/gui/copydesk-bench-gui" --only typing --keystrokes 200 --characters "$characters" \
            --dir "$work/gui" --photo-cache "$work/photos"
    done
done
for run in 1 2 3; do
    echo "== autosave, run $run"
    "$bench/copydesk-bench" --only autosave --big --dir "$work"
done
echo "== .docx import"
"$bench/copydesk-bench" --only import --dir "$work" --photo-cache "$work/photos"
echo "== PDF"
"${xvfb[@]}" "$bench/export/copydesk-bench-export" --photos 2 --runs 7 --photo-cache "$work/photos"
echo "== a 100k-article store"
mkdir -p "$work/store"
"$bench/copydesk-bench" --only store,search --sizes 100000 --dir "$work/store"
echo "end $(date -u +%FT%TZ), load $(cut -d' ' -f1-3 /proc/loadavg)"
