/* launch-probe.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* launch-probe [--hold MS] [--timeout MS] PROGRAM [ARGS…]
 *
 * Measures, from outside, how long PROGRAM takes from launch to its first
 * mapped top-level window, and how much memory it took. It listens for
 * SubstructureNotify on the root window of $DISPLAY (with no window
 * manager, as under Xvfb, a top-level window is a child of the root and
 * its MapNotify comes straight from the server), takes the time, then
 * forks and execs PROGRAM. The first MapNotify of a window that is not
 * override-redirect (menus and tooltips are) stops the clock. After
 * --hold milliseconds (500 by default: what the program does just after
 * showing its window counts too) it reads VmHWM from /proc/PID/status,
 * sends SIGTERM (SIGKILL a second later if needed) and reaps the child
 * with wait4(), whose ru_maxrss is the peak RSS.
 *
 * Prints {"map_ms": …, "rss_kb": …, "hwm_kb": …} and exits 0, or exits 1
 * if the program died or mapped nothing within --timeout (20 s).
 */

#include "config.h"

#include <X11/Xlib.h>
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double
now_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static long
read_hwm_kb (pid_t pid)
{
  char path[64], line[256];
  long kb = -1;
  FILE *f;

  snprintf (path, sizeof path, "/proc/%d/status", (int) pid);
  f = fopen (path, "r");
  if (f == NULL)
    return -1;
  while (fgets (line, sizeof line, f) != NULL)
    if (sscanf (line, "VmHWM: %ld kB", &kb) == 1)
      break;
  fclose (f);

  return kb;
}

/* Waits up to @ms for the first MapNotify of a top-level window, or for
 * the child to exit; returns the time it was seen, or a negative value. */
static double
wait_for_map (Display *display,
              pid_t    pid,
              double   deadline)
{
  struct pollfd pfd = { .fd = ConnectionNumber (display), .events = POLLIN };

  for (;;)
    {
      int status;

      while (XPending (display) > 0)
        {
          XEvent event;

          XNextEvent (display, &event);
          if (event.type == MapNotify && !event.xmap.override_redirect)
            return now_ms ();
        }

      if (waitpid (pid, &status, WNOHANG) == pid)
        {
          fprintf (stderr, "launch-probe: the program exited (status %d) before mapping a window\n", status);
          return -1;
        }
      if (now_ms () > deadline)
        {
          fprintf (stderr, "launch-probe: no window mapped in time\n");
          return -1;
        }

      poll (&pfd, 1, 5);
    }
}

int
main (int   argc,
      char *argv[])
{
  double hold_ms = 500, timeout_ms = 20000;
  double start, mapped;
  struct rusage usage;
  Display *display;
  long hwm_kb;
  int status;
  int arg = 1;
  pid_t pid;

  while (arg + 1 < argc && argv[arg][0] == '-')
    {
      if (strcmp (argv[arg], "--hold") == 0)
        hold_ms = atof (argv[arg + 1]);
      else if (strcmp (argv[arg], "--timeout") == 0)
        timeout_ms = atof (argv[arg + 1]);
      else
        break;
      arg += 2;
    }
  if (arg >= argc)
    {
      fprintf (stderr, "usage: launch-probe [--hold MS] [--timeout MS] PROGRAM [ARGS…]\n");
      return 2;
    }

  display = XOpenDisplay (NULL);
  if (display == NULL)
    {
      fprintf (stderr, "launch-probe: cannot open display %s\n", getenv ("DISPLAY") ? getenv ("DISPLAY") : "(unset)");
      return 1;
    }
  XSelectInput (display, DefaultRootWindow (display), SubstructureNotifyMask);
  XSync (display, True);

  start = now_ms ();
  pid = fork ();
  if (pid < 0)
    return 1;
  if (pid == 0)
    {
      close (ConnectionNumber (display));
      execvp (argv[arg], argv + arg);
      fprintf (stderr, "launch-probe: cannot run %s: %s\n", argv[arg], strerror (errno));
      _exit (127);
    }

  mapped = wait_for_map (display, pid, start + timeout_ms);
  if (mapped < 0)
    {
      kill (pid, SIGKILL);
      waitpid (pid, &status, 0);
      return 1;
    }

  usleep ((useconds_t) (hold_ms * 1000));
  hwm_kb = read_hwm_kb (pid);

  kill (pid, SIGTERM);
  for (int i = 0; i < 100; i++)
    {
      if (wait4 (pid, &status, WNOHANG, &usage) == pid)
        goto reaped;
      usleep (10000);
    }
  kill (pid, SIGKILL);
  while (wait4 (pid, &status, 0, &usage) < 0 && errno == EINTR)
    ;

reaped:
  printf ("{\"map_ms\": %.3f, \"rss_kb\": %ld, \"hwm_kb\": %ld}\n",
          mapped - start, usage.ru_maxrss, hwm_kb);
  XCloseDisplay (display);

  return 0;
}
