/* syl-test-import.c: helpers of the import and export tests.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <string.h>

#include "syl-import-aiken.h"
#include "syl-import-csv.h"
#include "syl-import-gift.h"
#include "syl-import-qti.h"
#include "syl-pack-loader.h"
#include "syl-test-import.h"

char *
syl_test_import_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "import", name, NULL);
}

char *
syl_test_import_read_fixture (const char *name,
                              gsize      *length)
{
  g_autofree char *path = syl_test_import_path (name);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, length, &error);
  g_assert_no_error (error);
  return contents;
}

SylImportBank *
syl_test_import_read (SylImportFormat  format,
                      const char      *text,
                      gssize           length)
{
  SylImportBank *bank = syl_import_bank_new ("test");

  if (length < 0)
    length = strlen (text);

  switch (format)
    {
    case SYL_IMPORT_FORMAT_GIFT:
      syl_import_gift_read (bank, text, length);
      break;
    case SYL_IMPORT_FORMAT_AIKEN:
      syl_import_aiken_read (bank, text, length);
      break;
    case SYL_IMPORT_FORMAT_CSV:
      syl_import_csv_read (bank, text, length);
      break;
    case SYL_IMPORT_FORMAT_QTI:
      syl_import_qti_read (bank, text, length);
      break;
    case SYL_IMPORT_FORMAT_PACK:
    case SYL_IMPORT_FORMAT_UNKNOWN:
    default:
      g_assert_not_reached ();
    }

  return bank;
}

static la_ssize_t
on_write_cb (struct archive *archive,
             void           *user_data,
             const void     *buffer,
             size_t          length)
{
  g_byte_array_append (user_data, buffer, length);
  return length;
}

GBytes *
syl_test_make_zip (const SylTestZipEntry *entries,
                   guint                  n_entries)
{
  struct archive *archive = archive_write_new ();
  GByteArray *zip = g_byte_array_new ();

  archive_write_set_bytes_in_last_block (archive, 1);
  g_assert_cmpint (archive_write_set_format_zip (archive), ==, ARCHIVE_OK);
  g_assert_cmpint (archive_write_open (archive, zip, NULL, on_write_cb, NULL), ==, ARCHIVE_OK);

  for (guint i = 0; i < n_entries; i++)
    {
      struct archive_entry *entry = archive_entry_new ();
      const SylTestZipEntry *e = &entries[i];
      gsize length = e->data != NULL ? (e->length > 0 ? e->length : strlen (e->data)) : 0;

      archive_entry_set_pathname (entry, e->name);
      archive_entry_set_perm (entry, 0644);
      switch (e->kind)
        {
        case SYL_TEST_ZIP_FILE:
          archive_entry_set_filetype (entry, AE_IFREG);
          archive_entry_set_size (entry, length);
          break;
        case SYL_TEST_ZIP_FOLDER:
          archive_entry_set_filetype (entry, AE_IFDIR);
          archive_entry_set_perm (entry, 0755);
          break;
        case SYL_TEST_ZIP_SYMLINK:
          archive_entry_set_filetype (entry, AE_IFLNK);
          archive_entry_set_symlink (entry, e->target);
          break;
        default:
          g_assert_not_reached ();
        }

      g_assert_cmpint (archive_write_header (archive, entry), >=, ARCHIVE_WARN);
      if (e->kind == SYL_TEST_ZIP_FILE && length > 0)
        g_assert_cmpint (archive_write_data (archive, e->data, length), ==, (la_ssize_t)length);
      archive_entry_free (entry);
    }

  g_assert_cmpint (archive_write_close (archive), ==, ARCHIVE_OK);
  archive_write_free (archive);

  return g_byte_array_free_to_bytes (zip);
}

char *
syl_test_import_doc_example (const char *kind)
{
  const char *source_dir = g_getenv ("SYLLABUS_SOURCE_DIR");
  g_autofree char *doc = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *marker = NULL;
  const char *start;
  const char *end;

  if (source_dir == NULL)
    return NULL;

  doc = g_build_filename (source_dir, "docs", "import.md", NULL);
  g_assert_true (g_file_get_contents (doc, &contents, NULL, NULL));
  marker = g_strdup_printf ("<!-- test: %s -->", kind);
  start = strstr (contents, marker);
  g_assert_nonnull (start);
  start = strstr (start, "```");
  g_assert_nonnull (start);
  start = strchr (start, '\n');
  g_assert_nonnull (start);
  start++;
  end = strstr (start, "```");
  g_assert_nonnull (end);

  return g_strndup (start, end - start);
}

char *
syl_test_import_describe (SylImportQuestion *question,
                          guint              option)
{
  SylImportOption *o;

  g_assert_cmpuint (option, <, question->options->len);
  o = g_ptr_array_index (question->options, option);

  return g_strdup_printf ("%s|%s|%d", o->text, o->why != NULL ? o->why : "", o->correct);
}
