// Wrappers around libedit for Swift. Swift cannot call C variadic functions (el_set, el_get,
// history), so each use gets a fixed-signature static inline function here. Ctrl-C handling
// also lives here: a signal handler must be async-signal-safe, which plain C guarantees.
#ifndef COPLAN_CEDITLINE_SHIM_H
#define COPLAN_CEDITLINE_SHIM_H

#include <histedit.h>
#include <errno.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>

typedef char *(*coplan_prompt_fn)(EditLine *);
typedef unsigned char (*coplan_command_fn)(EditLine *, int);

// MARK: Ctrl-C

// One flag for the whole program. Swift emits the static functions of this header into each
// object file that uses them (release builds split a module into several), so a `static`
// variable would exist several times and the handler could set a copy nobody reads; a weak
// definition is merged into one by the linker.
__attribute__((weak)) volatile sig_atomic_t coplan_interrupted = 0;

static void coplan_on_sigint(int signo) {
    (void)signo;
    coplan_interrupted = 1;
}

/// Installs a SIGINT handler that only sets a flag and (no SA_RESTART) interrupts a blocked
/// read, so Ctrl-C cancels the line or the running command instead of ending the process.
static inline void coplan_install_sigint(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = coplan_on_sigint;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    sigaction(SIGINT, &action, NULL);
}

/// Returns whether Ctrl-C was pressed since the last call, and clears the flag.
static inline int coplan_take_interrupt(void) {
    int was = coplan_interrupted;
    coplan_interrupted = 0;
    return was;
}

/// Reads one character for libedit. libedit's own reader retries a read interrupted by a
/// signal; this one gives up (returns -1) when Ctrl-C was pressed, so `el_gets` returns NULL
/// and the REPL can drop the line.
static int coplan_getc(EditLine *el, wchar_t *out) {
    (void)el;
    mbstate_t state;
    memset(&state, 0, sizeof state);
    for (;;) {
        char byte;
        ssize_t count = read(STDIN_FILENO, &byte, 1);
        if (count == 0) return 0;
        if (count < 0) {
            if (errno == EINTR) {
                if (coplan_interrupted) return -1;
                continue;
            }
            return -1;
        }
        wchar_t wide;
        size_t used = mbrtowc(&wide, &byte, 1, &state);
        if (used == (size_t)-2) continue;  // incomplete multibyte sequence
        if (used == (size_t)-1) {          // invalid byte: skip it
            memset(&state, 0, sizeof state);
            continue;
        }
        *out = wide;
        return 1;
    }
}

// MARK: EditLine

/// Ctrl-C while editing: libedit's raw mode turns off ISIG, so ^C arrives as a key. It ends
/// the read like end-of-file, with the flag telling the two apart.
static unsigned char coplan_el_interrupt(EditLine *el, int ch) {
    (void)el;
    (void)ch;
    coplan_interrupted = 1;
    return CC_EOF;
}

/// Creates an editor: emacs keys, libedit's terminal signal handling, the context pointer,
/// the prompt, TAB bound to `complete`, and the interruptible reader above.
static inline EditLine *coplan_el_create(const char *program, void *context, coplan_prompt_fn prompt,
                                         coplan_command_fn complete, History *hist) {
    setlocale(LC_CTYPE, "");
    EditLine *el = el_init(program, stdin, stdout, stderr);
    if (el == NULL) return NULL;
    el_set(el, EL_EDITOR, "emacs");
    el_set(el, EL_SIGNAL, 1);
    el_set(el, EL_CLIENTDATA, context);
    el_set(el, EL_PROMPT, prompt);
    el_set(el, EL_GETCFN, coplan_getc);
    el_set(el, EL_ADDFN, "coplan-complete", "complete a command, keyword or name", complete);
    el_set(el, EL_BIND, "^I", "coplan-complete", NULL);
    el_set(el, EL_ADDFN, "coplan-interrupt", "cancel the line", coplan_el_interrupt);
    el_set(el, EL_BIND, "^C", "coplan-interrupt", NULL);
    if (hist != NULL) el_set(el, EL_HIST, history, hist);
    // Read ~/.editrc for the user's own bindings.
    el_source(el, NULL);
    return el;
}

static inline void *coplan_el_context(EditLine *el) {
    void *context = NULL;
    el_get(el, EL_CLIENTDATA, &context);
    return context;
}

// MARK: History

static inline History *coplan_history_create(int size) {
    History *hist = history_init();
    if (hist == NULL) return NULL;
    HistEvent event;
    history(hist, &event, H_SETSIZE, size);
    history(hist, &event, H_SETUNIQUE, 1);
    return hist;
}

static inline int coplan_history_load(History *hist, const char *path) {
    HistEvent event;
    return history(hist, &event, H_LOAD, path);
}

static inline int coplan_history_save(History *hist, const char *path) {
    HistEvent event;
    return history(hist, &event, H_SAVE, path);
}

static inline int coplan_history_enter(History *hist, const char *line) {
    HistEvent event;
    return history(hist, &event, H_ENTER, line);
}

#endif
