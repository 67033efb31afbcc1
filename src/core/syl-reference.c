/* syl-reference.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "syl-reference"

#include "config.h"

#include <string.h>

#include "syl-reference.h"

/* The one list of hosts a question's <reference href> may point at. A
 * reference is opened in the learner's browser, so a pack must not be able
 * to send the learner anywhere else: documentation pages, FAQs and
 * announcements only. Add a host here, and to docs/pack-format.md. */
static const char * const allowed_hosts[] = {
  "docs.aws.amazon.com",
  "aws.amazon.com",
  NULL
};

/**
 * syl_reference_get_allowed_hosts:
 *
 * Returns: (transfer none): the hosts a reference may name, %NULL-terminated
 */
const char * const *
syl_reference_get_allowed_hosts (void)
{
  return allowed_hosts;
}

static gboolean
is_allowed_host (const char *host)
{
  for (guint i = 0; allowed_hosts[i] != NULL; i++)
    if (g_ascii_strcasecmp (host, allowed_hosts[i]) == 0)
      return TRUE;

  return FALSE;
}

/**
 * syl_reference_check_href:
 * @href: the value of a reference's href attribute
 * @problem: (out) (optional): what is wrong, for a message, when %FALSE
 *
 * Checks that @href is an absolute https URL, with no user name, password
 * or port, whose host is on the allow-list.
 *
 * Returns: %TRUE when the reference may be shown as a link
 */
gboolean
syl_reference_check_href (const char  *href,
                          char       **problem)
{
  g_autoptr(GUri) uri = NULL;
  g_autoptr(GString) hosts = NULL;
  const char *scheme;
  const char *host;

  g_return_val_if_fail (href != NULL, FALSE);

  if (problem != NULL)
    *problem = NULL;

  if (strlen (href) > SYL_REFERENCE_MAX_HREF)
    {
      if (problem != NULL)
        *problem = g_strdup_printf ("is longer than %u characters", SYL_REFERENCE_MAX_HREF);
      return FALSE;
    }

  for (const char *p = href; *p != '\0'; p++)
    if ((guchar)*p <= ' ' || (guchar)*p >= 0x7f)
      {
        if (problem != NULL)
          *problem = g_strdup ("holds a space, a control character or a non-ASCII character;"
                               " percent-encode it");
        return FALSE;
      }

  uri = g_uri_parse (href, G_URI_FLAGS_NONE, NULL);
  scheme = uri != NULL ? g_uri_get_scheme (uri) : NULL;
  if (scheme == NULL || g_ascii_strcasecmp (scheme, "https") != 0)
    {
      if (problem != NULL)
        *problem = g_strdup ("is not an https:// address");
      return FALSE;
    }

  host = g_uri_get_host (uri);
  if (g_uri_get_userinfo (uri) != NULL || g_uri_get_port (uri) != -1 ||
      host == NULL || !is_allowed_host (host))
    {
      if (problem != NULL)
        {
          hosts = g_string_new (NULL);
          for (guint i = 0; allowed_hosts[i] != NULL; i++)
            g_string_append_printf (hosts, "%s%s", i > 0 ? ", " : "", allowed_hosts[i]);
          *problem = g_strdup_printf ("does not point at an allowed host (%s), without a"
                                      " user name or port", hosts->str);
        }
      return FALSE;
    }

  return TRUE;
}

/**
 * syl_reference_check_report:
 * @address: the value of a pack's report attribute
 * @problem: (out) (optional): what is wrong, for a message, when %FALSE
 *
 * Checks a pack's report address: an absolute https URL with a host and
 * no user name or password (an issue form, any host: the learner sees
 * where the report goes before it is sent), or a mailto: URL with an
 * address. Both at most %SYL_REFERENCE_MAX_HREF printable ASCII
 * characters.
 *
 * Returns: %TRUE when the app may open the address
 */
gboolean
syl_reference_check_report (const char  *address,
                            char       **problem)
{
  g_autoptr(GUri) uri = NULL;
  const char *scheme;

  g_return_val_if_fail (address != NULL, FALSE);

  if (problem != NULL)
    *problem = NULL;

  if (strlen (address) > SYL_REFERENCE_MAX_HREF)
    {
      if (problem != NULL)
        *problem = g_strdup_printf ("is longer than %u characters", SYL_REFERENCE_MAX_HREF);
      return FALSE;
    }

  for (const char *p = address; *p != '\0'; p++)
    if ((guchar)*p <= ' ' || (guchar)*p >= 0x7f)
      {
        if (problem != NULL)
          *problem = g_strdup ("holds a space, a control character or a non-ASCII character;"
                               " percent-encode it");
        return FALSE;
      }

  uri = g_uri_parse (address, G_URI_FLAGS_NONE, NULL);
  scheme = uri != NULL ? g_uri_get_scheme (uri) : NULL;
  if (scheme != NULL && g_ascii_strcasecmp (scheme, "https") == 0)
    {
      const char *host = g_uri_get_host (uri);

      if (host == NULL || host[0] == '\0' || g_uri_get_userinfo (uri) != NULL)
        {
          if (problem != NULL)
            *problem = g_strdup ("is an https:// address without a host, or with a user name");
          return FALSE;
        }
      return TRUE;
    }

  if (scheme != NULL && g_ascii_strcasecmp (scheme, "mailto") == 0)
    {
      const char *path = g_uri_get_path (uri);
      const char *at = strchr (path, '@');

      if (at == NULL || at == path || at[1] == '\0' || strchr (path, ',') != NULL)
        {
          if (problem != NULL)
            *problem = g_strdup ("is a mailto: address without one e-mail address"
                                 " (mailto:name@example.org)");
          return FALSE;
        }
      return TRUE;
    }

  if (problem != NULL)
    *problem = g_strdup ("is neither an https:// address (an issue form) nor a mailto: address");
  return FALSE;
}
