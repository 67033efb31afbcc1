#!/usr/bin/python3
# focus-probe.py: what a screen reader hears when the focus moves, for
# tests/test-a11y.c. Adapted from the audit's probes (tools/a11y/focus.py).
#
# Listens for AT-SPI focus events (GTK 4.8 sends them reliably, while its
# tree can miss children added after it was first read) and answers each
# line on stdin with one line of JSON on stdout about the object that has
# the focus now: role, name, description, states and, for text, its text,
# as tab-separated fields with backslash escapes (g_strcompress() undoes
# them). "ready" is printed once the listener is registered.
import sys
import time

import gi
gi.require_version('Atspi', '2.0')
from gi.repository import Atspi, GLib

focused = None


def on_focus(event):
    global focused
    if event.detail1 == 1:
        focused = event.source


def describe(acc):
    if acc is None:
        return {'role': None}
    try:
        acc.clear_cache()
    except Exception:
        pass
    try:
        states = acc.get_state_set()
        info = {
            'role': acc.get_role_name(),
            'name': acc.get_name() or '',
            'description': acc.get_description() or '',
            'states': [Atspi.StateType(s).value_nick for s in states.get_states()],
        }
    except GLib.Error as error:
        return {'role': None, 'error': error.message}
    try:
        if acc.is_text():
            info['text'] = Atspi.Text.get_text(acc, 0, Atspi.Text.get_character_count(acc))
    except Exception:
        pass
    return info


def escape(text):
    return text.replace('\\', '\\\\').replace('\t', '\\t').replace('\n', '\\n')


def drain():
    context = GLib.MainContext.default()
    # Focus events travel on the accessibility bus while the question came
    # through a pipe: give them a moment to arrive.
    for _ in range(3):
        while context.pending():
            context.iteration(False)
        time.sleep(0.02)
    while context.pending():
        context.iteration(False)


def on_stdin(channel, condition):
    line = sys.stdin.readline()
    if not line:
        Atspi.event_quit()
        return False
    drain()
    info = describe(focused)
    if focused is not None and 'focused' not in info.get('states', []):
        info['stale'] = True
    fields = [info.get('role') or '', info.get('name', ''), info.get('description', ''),
              ' '.join(info.get('states', [])), info.get('text', ''),
              'stale' if info.get('stale') else '']
    print('\t'.join(escape(f) for f in fields), flush=True)
    return True


listener = Atspi.EventListener.new(on_focus)
listener.register('object:state-changed:focused')
GLib.io_add_watch(GLib.IOChannel.unix_new(sys.stdin.fileno()), GLib.PRIORITY_DEFAULT,
                  GLib.IOCondition.IN | GLib.IOCondition.HUP, on_stdin)
print('ready', flush=True)
Atspi.event_main()
