#!/bin/sh
# tests/a11y/in-bus-session.sh PROGRAM ARGS...
#
# Runs PROGRAM in a D-Bus session of its own (dbus-run-session). Its
# standard output stays the TAP stream the test runner reads; the bus and
# the services it starts write to standard error (the AT-SPI registry
# announces itself on standard output, which the runner took for a broken
# TAP line).
exec 3>&1
exec dbus-run-session -- sh -c 'exec "$@" 1>&3 3>&-' sh "$@" 1>&2
