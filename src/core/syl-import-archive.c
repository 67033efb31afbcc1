/* syl-import-archive.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reading a QTI content package. A package comes from outside and may be
 * made to hurt: a link or a name with ".." that would point outside it
 * if it were unpacked, thousands of entries, or a zip bomb whose entries
 * grow to gigabytes. The package is never unpacked to disk; its entries
 * are read into memory one by one and the whole package is refused as
 * soon as it passes a limit, counting the bytes actually read rather than
 * the sizes its headers claim.
 */

#define G_LOG_DOMAIN "syl-import"

#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <string.h>

#include "syl-import-archive.h"
#include "syl-import.h"

typedef struct archive Archive;

static void
free_archive (Archive *archive)
{
  archive_read_free (archive);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Archive, free_archive)

gboolean
syl_import_archive_looks_like_zip (const char *data,
                                   gsize       length)
{
  return length >= 4 && memcmp (data, "PK", 2) == 0 &&
         ((data[2] == 3 && data[3] == 4) || (data[2] == 5 && data[3] == 6));
}

/**
 * syl_import_archive_is_safe_name:
 * @name: an entry's name
 *
 * Whether @name stays inside the package: relative, with no ".."
 * component (with / or \ as separator), no drive letter, no control
 * characters.
 *
 * Returns: %TRUE if safe
 */
gboolean
syl_import_archive_is_safe_name (const char *name)
{
  g_auto(GStrv) parts = NULL;

  if (name == NULL || name[0] == '\0' || name[0] == '/' || name[0] == '\\')
    return FALSE;
  if (g_ascii_isalpha (name[0]) && name[1] == ':')
    return FALSE;

  for (const char *p = name; *p != '\0'; p++)
    if ((guchar)*p < 0x20 || *p == 0x7f)
      return FALSE;

  parts = g_strsplit_set (name, "/\\", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    if (g_str_equal (parts[i], ".."))
      return FALSE;

  return TRUE;
}

static char *
dup_shown_name (const char *name)
{
  g_autofree char *valid = g_utf8_make_valid (name != NULL ? name : "", MIN (strlen (name != NULL ? name : ""), 200));

  for (char *p = valid; *p != '\0'; p++)
    if ((guchar)*p < 0x20)
      *p = '?';

  return g_steal_pointer (&valid);
}

/* libarchive's message on one line: some end in a line break. */
static char *
dup_archive_error (struct archive *archive)
{
  const char *text = archive_error_string (archive);
  char *copy = g_utf8_make_valid (text != NULL ? text : "unknown error", -1);

  for (char *p = copy; *p != '\0'; p++)
    if ((guchar)*p < 0x20)
      *p = ' ';

  return g_strstrip (copy);
}

/* "./items/q1.xml" and "items/q1.xml" are the same entry. */
static char *
dup_normalized_name (const char *name)
{
  while (g_str_has_prefix (name, "./"))
    name += 2;

  return g_strdup (name);
}

/**
 * syl_import_archive_read:
 * @data: the zip file
 * @length: its size
 * @display_name: the package's name in messages
 * @suffix: (nullable): read only entries whose name ends with this
 *   (case-insensitive); the others are counted and checked, not read
 * @limits: (nullable): the limits, %NULL for the SYL_IMPORT_ARCHIVE_MAX_…
 *   ones
 * @error: return location for a %SYL_IMPORT_ERROR_ARCHIVE or
 *   %SYL_IMPORT_ERROR_TOO_LARGE
 *
 * Reads the regular files of a zip package into memory. The package is
 * refused whole when an entry is a link (symbolic or hard), a device or
 * a FIFO, when a name is absolute or has a ".." component, when two
 * entries have one name, when it has more than
 * %SYL_IMPORT_ARCHIVE_MAX_ENTRIES entries, when an entry grows past
 * %SYL_IMPORT_ARCHIVE_MAX_ENTRY_SIZE or all past
 * %SYL_IMPORT_ARCHIVE_MAX_TOTAL_SIZE, or when what was read is more than
 * %SYL_IMPORT_ARCHIVE_MAX_RATIO times the zip file.
 *
 * Returns: (transfer full) (element-type utf8 GBytes): entry name → bytes
 */
GHashTable *
syl_import_archive_read (const char  *data,
                         gsize        length,
                         const char  *display_name,
                         const char  *suffix,
                         const SylImportArchiveLimits *limits,
                         GError     **error)
{
  static const SylImportArchiveLimits defaults = {
    SYL_IMPORT_ARCHIVE_MAX_ENTRIES, SYL_IMPORT_ARCHIVE_MAX_ENTRY_SIZE,
    SYL_IMPORT_ARCHIVE_MAX_TOTAL_SIZE, SYL_IMPORT_ARCHIVE_MAX_RATIO,
    SYL_IMPORT_ARCHIVE_RATIO_FLOOR,
  };
  g_autoptr(Archive) archive = archive_read_new ();
  g_autoptr(GHashTable) entries = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                        (GDestroyNotify)g_bytes_unref);
  g_autofree char *package = dup_shown_name (display_name);
  g_autofree char *buffer = g_malloc (64 * 1024);
  struct archive_entry *entry;
  gsize total = 0;
  guint n_entries = 0;
  int status;

  if (limits == NULL)
    limits = &defaults;

  archive_read_support_format_zip (archive);
  if (archive_read_open_memory (archive, data, length) != ARCHIVE_OK)
    {
      g_autofree char *why = dup_archive_error (archive);

      g_set_error (error, SYL_IMPORT_ERROR, SYL_IMPORT_ERROR_ARCHIVE,
                   "%s: not a zip package (%s)", package, why);
      return NULL;
    }

  while ((status = archive_read_next_header (archive, &entry)) == ARCHIVE_OK ||
         status == ARCHIVE_WARN)
    {
      const char *raw = archive_entry_pathname_utf8 (entry);
      g_autofree char *shown = NULL;
      g_autofree char *name = NULL;
      g_autoptr(GByteArray) bytes = NULL;
      mode_t type = archive_entry_filetype (entry);

      if (raw == NULL)
        raw = archive_entry_pathname (entry);
      shown = dup_shown_name (raw);

      if (++n_entries > limits->max_entries)
        {
          g_set_error (error, SYL_IMPORT_ERROR, SYL_IMPORT_ERROR_TOO_LARGE,
                       "%s: more than %u entries; a package of so many is refused",
                       package, limits->max_entries);
          return NULL;
        }
      if (!syl_import_archive_is_safe_name (raw) || !g_utf8_validate (raw, -1, NULL))
        {
          g_set_error (error, SYL_IMPORT_ERROR, SYL_IMPORT_ERROR_ARCHIVE,
                       "%s: the entry \"%s\" names a place outside the package (an absolute"
                       " path or \"..\"); the package is refused", package, shown);
          return NULL;
        }
      if (type == AE_IFLNK || archive_entry_hardlink (entry) != NULL)
        {
          g_set_error (error, SYL_IMPORT_ERROR, SYL_IMPORT_ERROR_ARCHIVE,
                       "%s: the entry \"%s\" is a link; packages with links are refused",
                       package, shown);
          return NULL;
        }
      if (type == AE_IFDIR)
        continue;
      if (type != AE_IFREG)
        {
          g_set_error (error, SYL_IMPORT_ERROR, SYL_IMPORT_ERROR_ARCHIVE,
                       "%s: the entry \"%s\" is not a regular file; the package is refused",
                       package, shown);
          return NULL;
        }

      name = dup_normalized_name (raw);
      if (g_hash_table_contains (entries, name))
        {
          g_set_error (error, SYL_IMPORT_ERROR, SYL_IMPORT_ERROR_ARCHIVE,
                       "%s: two entries are called \"%s\"; the package is refused",
                       package, shown);
          return NULL;
        }

      if (suffix != NULL)
        {
          gsize name_length = strlen (name);
          gsize suffix_length = strlen (suffix);

          if (name_length < suffix_length ||
              g_ascii_strcasecmp (name + name_length - suffix_length, suffix) != 0)
            continue;
        }

      if (archive_entry_is_encrypted (entry))
        {
          g_set_error (error, SYL_IMPORT_ERROR, SYL_IMPORT_ERROR_ARCHIVE,
                       "%s: the entry \"%s\" is encrypted", package, shown);
          return NULL;
        }

      bytes = g_byte_array_new ();
      for (;;)
        {
          la_ssize_t n = archive_read_data (archive, buffer, 64 * 1024);

          if (n == 0)
            break;
          if (n < 0)
            {
              g_autofree char *why = dup_archive_error (archive);

              g_set_error (error, SYL_IMPORT_ERROR, SYL_IMPORT_ERROR_ARCHIVE,
                           "%s: the entry \"%s\" cannot be read: %s", package, shown, why);
              return NULL;
            }

          total += n;
          if (bytes->len + (gsize)n > limits->max_entry_size)
            {
              g_set_error (error, SYL_IMPORT_ERROR, SYL_IMPORT_ERROR_TOO_LARGE,
                           "%s: the entry \"%s\" is larger than %" G_GSIZE_FORMAT " bytes"
                           " uncompressed; the package is refused", package, shown,
                           limits->max_entry_size);
              return NULL;
            }
          if (total > limits->max_total_size)
            {
              g_set_error (error, SYL_IMPORT_ERROR, SYL_IMPORT_ERROR_TOO_LARGE,
                           "%s: more than %" G_GSIZE_FORMAT " bytes uncompressed; the package"
                           " is refused", package, limits->max_total_size);
              return NULL;
            }
          if (total > limits->ratio_floor && total / MAX (length, 1) > limits->max_ratio)
            {
              g_set_error (error, SYL_IMPORT_ERROR, SYL_IMPORT_ERROR_ARCHIVE,
                           "%s: the entries grow to more than %u times the size of the"
                           " package (a zip bomb?); the package is refused",
                           package, limits->max_ratio);
              return NULL;
            }
          g_byte_array_append (bytes, (const guint8 *)buffer, n);
        }

      g_hash_table_insert (entries, g_steal_pointer (&name),
                           g_byte_array_free_to_bytes (g_steal_pointer (&bytes)));
    }

  if (status != ARCHIVE_EOF)
    {
      g_autofree char *why = dup_archive_error (archive);

      g_set_error (error, SYL_IMPORT_ERROR, SYL_IMPORT_ERROR_ARCHIVE,
                   "%s: the package is damaged or cut short: %s", package, why);
      return NULL;
    }

  return g_steal_pointer (&entries);
}
