#!/bin/sh
# Drives `coplan repl` in tmux as a person would: TAB completion of a partner after
# `parties`, a declaration typed over several lines, Ctrl-C in the middle of one and during a
# slow command, the unsaved-changes warning on :quit, Ctrl-D, history recalled after a restart
# (a multi-line entry as one line, cancelled entries not kept), and a session killed with kill -9
# recovered from its journal and dropped with :discard. Then the same plan in Polish (it says
# `język pl`): prompt, banner, :help and replies in Polish, and no English word in the replies.
# Usage: Tests/repl-tmux.sh PATH/TO/coplan   (exit 0 pass, 1 fail, 77 skipped: no tmux)
set -u
COPLAN=${1:?usage: repl-tmux.sh PATH/TO/coplan}
command -v tmux >/dev/null 2>&1 || { echo "skip: tmux not installed"; exit 77; }
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d)
SESSION="coplan-repl-test-$$"
# Each start gets its own tmux server: after `kill-session` of its only session a server exits,
# and a `new-session` that reaches it while it does fails with "server exited unexpectedly".
STARTS=0
SOCKET="$WORK/tmux-0.sock"
trap 'for s in "$WORK"/*.sock; do tmux -S "$s" kill-server >/dev/null 2>&1; done; rm -rf "$WORK"' EXIT
cp "$ROOT/Plans/lesniowice-liderzy-kooperacji.plan" "$WORK/plan.plan"
export COPLAN_HISTORY="$WORK/history"
FAILED=0

screen() { tmux -S "$SOCKET" capture-pane -p -J -t "$SESSION" -S -200; }
keys() { tmux -S "$SOCKET" send-keys -t "$SESSION" "$@"; sleep 0.4; }
# Waits up to 30 s for TEXT on the screen (CI machines can be slow under a parallel test run).
# Gives up at once when the session is gone: nothing more can appear.
expect() {
  i=0
  while [ $i -lt 150 ]; do
    if screen | grep -F -q -- "$1"; then return 0; fi
    tmux -S "$SOCKET" has-session -t "$SESSION" 2>/dev/null || break
    sleep 0.2; i=$((i + 1))
  done
  echo "FAIL: did not see: $1 ($2)"; echo "---- screen ----"; screen; echo "----------------"
  FAILED=1
  return 1
}
# The English part asks for English (the plan says `język pl`); LANGUAGE_ENV may change that.
# The REPL's process id is written to repl.pid so that it can be killed by its id.
LANGUAGE_ENV="COPLAN_LANG=en"
start() {
  for attempt in 1 2 3; do
    STARTS=$((STARTS + 1))
    SOCKET="$WORK/tmux-$STARTS.sock"
    if tmux -f /dev/null -S "$SOCKET" new-session -d -s "$SESSION" -x 120 -y 40 \
      "cd '$WORK' && env -u COPLAN_LANG -u LANG -u LC_MESSAGES LC_ALL=C.UTF-8 $LANGUAGE_ENV NO_COLOR=1 COPLAN_HISTORY='$COPLAN_HISTORY' sh -c 'echo \$\$ > repl.pid; exec \"\$0\" repl plan.plan' '$COPLAN'; echo REPL-EXITED-\$?; sleep 60" \
      2> "$WORK/tmux.err" && tmux -S "$SOCKET" has-session -t "$SESSION" 2>/dev/null; then
      return 0
    fi
    # A loaded machine has been seen to lose a fresh tmux server ("server exited
    # unexpectedly"); that is tmux's trouble, not the REPL's, so try once more on a new socket.
    echo "note: tmux start $attempt failed: $(cat "$WORK/tmux.err")"
    sleep 1
  done
  echo "FAIL: tmux could not start a session"; FAILED=1
}

# Can this machine run tmux at all? If three fresh servers in a row cannot hold a plain
# `sleep`, the trouble is tmux's here, not the REPL's: say why and report "skipped" (77).
usable=no
for attempt in 1 2 3; do
  if tmux -f /dev/null -S "$WORK/probe-$attempt.sock" new-session -d -s probe "sleep 30" 2> "$WORK/tmux.err" \
    && tmux -S "$WORK/probe-$attempt.sock" has-session -t probe 2>/dev/null; then
    tmux -S "$WORK/probe-$attempt.sock" kill-server >/dev/null 2>&1
    usable=yes; break
  fi
  sleep 1
done
[ $usable = yes ] || { echo "skip: tmux cannot start a session here: $(cat "$WORK/tmux.err")"; exit 77; }

start
expect "lesniowice (0 errors)> " "prompt with plan name and error count"

# A declaration over several lines, with TAB completing a partner after `parties`.
keys 'agreement what_if "Co jeśli" {' Enter
expect "...> " "continuation prompt while { is open"
keys '  parties urz' Tab
expect "parties urzad_gminy " "TAB completes a partner name after parties"
keys ', go' Tab
expect "gok" "TAB lists candidates when several partners match"
keys 'ps' Enter
keys '  period 2019-01-01 .. 2019-12-31' Enter
keys '  gops commits "Test."' Enter
keys '  urzad_gminy commits "Test."' Enter
keys '}' Enter
expect "added agreement \`what_if\`" "multi-line declaration added"
expect "lesniowice* (0 errors)> " "dirty marker after a change"

# Ctrl-C in the middle of a declaration drops it and keeps the session.
keys 'partner half_typed {' Enter
keys '  sector health' Enter
keys C-c
expect "^C" "Ctrl-C acknowledged"
keys ':show half_typed' Enter
expect "no declaration named \`half_typed\`" "cancelled input was not added"
keys ':show what_if' Enter
expect "agreement what_if" "the session survived Ctrl-C"

# Ctrl-C during a slow command abandons it at once and keeps the session as it was.
awk 'BEGIN { for (i = 0; i < 300000; i++) printf "partner big%d { sector health }\n", i }' > "$WORK/big.plan"
tmux -S "$SOCKET" send-keys -t "$SESSION" ':load big.plan' Enter
sleep 0.15
keys C-c
expect "cancelled; the session is as it was" "Ctrl-C cancels a running command"
keys ':show big0' Enter
expect "no declaration named \`big0\`" "the cancelled :load left nothing behind"

# Unsaved changes: :quit warns once, Ctrl-D then leaves.
keys ':quit' Enter
expect "unsaved changes" "warning before discarding changes"
keys C-d
expect "REPL-EXITED-0" "Ctrl-D after the warning leaves"
tmux -S "$SOCKET" kill-session -t "$SESSION" >/dev/null 2>&1
grep -q '^_HiStOrY_V2_' "$COPLAN_HISTORY" || { echo "FAIL: history file not written"; FAILED=1; }

# History survives a restart: Up recalls the last line of the previous session.
start
expect "lesniowice (0 errors)> " "second start"
keys Up
expect "lesniowice (0 errors)> :quit" "history recalled after restart"
keys C-u ':undo' Enter
expect "nothing to undo" "fresh session after restart"

# A multi-line entry is one history item, recalled whole; a cancelled entry is not kept.
grep -q 'half_typed\\040{' "$COPLAN_HISTORY" && { echo "FAIL: a cancelled entry was stored in the history"; FAILED=1; }
keys Up Up Up Up Up Up Up Up
expect ':undo' "history lists the previous session's entries"
expect 'agreement what_if "Co jeśli" { parties urzad_gminy , gops; period 2019-01-01 .. 2019-12-31; gops' "Up recalls the multi-line declaration as one line"
expect 'urzad_gminy commits "Test." }' "the recalled line ends with the closing brace"
keys Enter
expect "added agreement \`what_if\`" "the recalled declaration runs as typed"

# A session killed with unsaved changes is recovered on the next start.
kill -9 "$(cat "$WORK/repl.pid")"
expect "REPL-EXITED-137" "kill -9 ends the REPL"
tmux -S "$SOCKET" kill-session -t "$SESSION" >/dev/null 2>&1
ls "$COPLAN_HISTORY.journal"/*.journal >/dev/null 2>&1 || { echo "FAIL: no journal left by the killed session"; FAILED=1; }
start
expect "recovered 1 unsaved entry of an interrupted session" "journal replayed at start"
expect "lesniowice* (0 errors)> " "recovered changes are unsaved"
keys ':show what_if' Enter
expect "agreement what_if" "the recovered declaration is back"
keys ':discard' Enter
expect "discarded the unsaved changes" ":discard drops the recovered entries"
keys ':show what_if' Enter
expect "no declaration named \`what_if\`" "nothing left after :discard"
ls "$COPLAN_HISTORY.journal"/*.journal >/dev/null 2>&1 && { echo "FAIL: journal kept after :discard"; FAILED=1; }
keys C-d
expect "REPL-EXITED-0" "Ctrl-D on an empty line with no changes leaves at once"

tmux -S "$SOCKET" kill-session -t "$SESSION" >/dev/null 2>&1

# Polish: no COPLAN_LANG and a neutral locale, so the plan's own `język pl` decides.
LANGUAGE_ENV=""
start
expect "lesniowice (0 błędów)> " "Polish prompt"
expect "\`:help\` wypisuje polecenia, TAB uzupełnia, Ctrl-D kończy" "Polish banner"
keys ':help' Enter
expect "dodaj do sesji plik planu" "Polish :help"
expect "Wszystko inne to tekst planu" "Polish :help footer"
keys C-l
tmux -S "$SOCKET" clear-history -t "$SESSION"
keys ':show nie_ma' Enter
expect "błąd: brak deklaracji o nazwie \`nie_ma\`" "Polish error label and reply"
keys ':list podmioty gdzie sektor = zdrowie' Enter
expect "2 podmioty" "Polish plural after a number"
keys 'podmiot nowy "Nowy" { sektor zdrowie }' Enter
expect "dodano podmiot \`nowy\`" "typed declaration added, in Polish"
keys ':undo' Enter
expect "cofnięto: dodano podmiot \`nowy\`" "Polish :undo"
keys ':gaps --without gops' Enter
expect "(w pełni pokryte: 12 z 14 par), 28 luk" "Polish :gaps summary"
keys ':assert no errors' Enter
expect "warunek spełniony: no errors (0 błędów)" "Polish :assert"
keys ':help zapisz' Enter
expect "nieznane polecenie \`:zapisz\`" "Polish unknown command"
keys 'podmiot drugi "Drugi" { sektor zdrowie }' Enter
keys ':quit' Enter
expect "są niezapisane zmiany" "Polish unsaved-changes warning"
# Every reply above in Polish: none of these English words (findings of other layers and
# code frames are left out: their lines start with a label and a code, or with `|`).
ENGLISH=$(screen | grep -v -E '^(błąd|ostrzeżenie|luka)\[|^ *[0-9]* *\||^ *--> |^wskazówka:' \
  | grep -o -w -E 'error|warning|added|undid|unknown|declaration|named|unsaved|changes|coverage is|pairs|fully|covered|nothing|loaded|the' | sort -u | tr '\n' ' ')
[ -z "$ENGLISH" ] || { echo "FAIL: English in the Polish session: $ENGLISH"; echo "---- screen ----"; screen; FAILED=1; }
keys ':quit!' Enter
expect "REPL-EXITED-0" ":quit! leaves the Polish session"

[ $FAILED -eq 0 ] && echo "repl-tmux: all checks passed"
exit $FAILED
