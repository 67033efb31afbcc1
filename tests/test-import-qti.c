/* test-import-qti.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "syl-domain.h"
#include "syl-import-archive.h"
#include "syl-import-bank.h"
#include "syl-question.h"
#include "syl-task.h"
#include "syl-test-import.h"

#define ASSERT_OPTION(question, i, expected) \
  G_STMT_START { \
    g_autofree char *described_ = syl_test_import_describe ((question), (i)); \
    g_assert_cmpstr (described_, ==, (expected)); \
  } G_STMT_END

static SylImportQuestion *
question_at (SylImportBank *bank,
             guint          i)
{
  g_assert_cmpuint (i, <, bank->questions->len);
  return g_ptr_array_index (bank->questions, i);
}

static SylImportBank *
read_fixture (const char *name)
{
  g_autofree char *text = NULL;
  gsize length;

  text = syl_test_import_read_fixture (name, &length);
  return syl_test_import_read (SYL_IMPORT_FORMAT_QTI, text, length);
}

static SylImportBank *
read_zip (GBytes *zip)
{
  gsize length;
  const char *data = g_bytes_get_data (zip, &length);

  return syl_test_import_read (SYL_IMPORT_FORMAT_QTI, data, length);
}

static char *
dup_errors (SylImportBank *bank)
{
  g_autoptr(GError) error = NULL;

  if (syl_import_bank_propagate (bank, &error))
    return g_strdup ("");
  g_test_message ("%s", error->message);
  return g_strdup (error->message);
}

/* One right option; inline feedback and modal feedback with a choice's
 * identifier are whys; other modal feedback is the explanation; the
 * body's text and the prompt are the stem. */
static void
test_single (void)
{
  g_autoptr(SylImportBank) bank = read_fixture ("qti21-choice.xml");
  SylImportQuestion *q;

  g_assert_cmpuint (bank->errors->len, ==, 0);
  q = question_at (bank, 0);
  g_assert_cmpstr (q->id, ==, "dns-port");
  /* libxml2 gives an element the line its start tag ends on. */
  g_assert_cmpuint (q->line, ==, 5);
  g_assert_cmpint (q->type, ==, SYL_IMPORT_TYPE_SINGLE);
  g_assert_cmpstr (q->stem, ==, "A resolver sends a query to a name server. Which port does the query go to?");
  ASSERT_OPTION (q, 0, "80|80 is HTTP.|0");
  ASSERT_OPTION (q, 1, "53|DNS listens on port 53, over UDP and TCP.|1");
  ASSERT_OPTION (q, 2, "443|443 is HTTPS.|0");
  ASSERT_OPTION (q, 3, "25|25 is SMTP.|0");
  g_assert_cmpstr (q->explanation, ==, "Well-known ports are below 1024.");
}

/* Several right options given by a mapping alone. */
static void
test_multiple_by_mapping (void)
{
  g_autoptr(SylImportBank) bank = read_fixture ("qti21-multiple.xml");
  SylImportQuestion *q;

  g_assert_cmpuint (bank->errors->len, ==, 0);
  q = question_at (bank, 0);
  g_assert_cmpint (q->type, ==, SYL_IMPORT_TYPE_AUTO);
  ASSERT_OPTION (q, 0, "Helium||1");
  ASSERT_OPTION (q, 1, "Oxygen||0");
  ASSERT_OPTION (q, 2, "Neon||1");
}

static void
test_qti3 (void)
{
  g_autoptr(SylImportBank) bank = read_fixture ("qti30-choice.xml");
  SylImportQuestion *q;

  g_assert_cmpuint (bank->errors->len, ==, 0);
  q = question_at (bank, 0);
  g_assert_cmpstr (q->id, ==, "tls-version");
  g_assert_cmpstr (q->stem, ==, "Which TLS version removed RSA key exchange?");
  ASSERT_OPTION (q, 2, "TLS 1.2|TLS 1.2 still allows it.|0");
  ASSERT_OPTION (q, 3, "TLS 1.3||1");
  g_assert_cmpstr (q->explanation, ==, "TLS 1.3 keeps only key exchanges with forward secrecy.");
}

static void
test_skipped (void)
{
  g_autoptr(SylImportBank) bank = read_fixture ("qti21-text-entry.xml");
  g_autoptr(SylImportBank) two = NULL;
  g_autoptr(SylImportBank) unanswered = NULL;
  const char *two_interactions =
    "<assessmentItem xmlns=\"http://www.imsglobal.org/xsd/imsqti_v2p1\" identifier=\"i\">\n"
    "<responseDeclaration identifier=\"R1\" cardinality=\"single\"/>\n"
    "<responseDeclaration identifier=\"R2\" cardinality=\"single\"/>\n"
    "<itemBody><choiceInteraction responseIdentifier=\"R1\"><simpleChoice identifier=\"a\">a</simpleChoice></choiceInteraction>\n"
    "<choiceInteraction responseIdentifier=\"R2\"><simpleChoice identifier=\"b\">b</simpleChoice></choiceInteraction></itemBody>\n"
    "</assessmentItem>\n";
  const char *no_key =
    "<assessmentItem xmlns=\"http://www.imsglobal.org/xsd/imsqti_v2p1\" identifier=\"survey\">\n"
    "<responseDeclaration identifier=\"R\" cardinality=\"single\"/>\n"
    "<itemBody><choiceInteraction responseIdentifier=\"R\"><prompt>Liked it?</prompt>\n"
    "<simpleChoice identifier=\"y\">Yes</simpleChoice><simpleChoice identifier=\"n\">No</simpleChoice>\n"
    "</choiceInteraction></itemBody></assessmentItem>\n";

  g_assert_cmpuint (bank->errors->len, ==, 0);
  g_assert_cmpuint (bank->questions->len, ==, 0);
  g_assert_cmpuint (bank->n_skipped, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (bank->warnings, 0), "textEntryInteraction"));

  two = syl_test_import_read (SYL_IMPORT_FORMAT_QTI, two_interactions, -1);
  g_assert_cmpuint (two->n_skipped, ==, 1);
  g_assert_true (g_str_has_prefix (g_ptr_array_index (two->warnings, 0), "test:1: item \"i\" left out: it has 2"));

  unanswered = syl_test_import_read (SYL_IMPORT_FORMAT_QTI, no_key, -1);
  g_assert_cmpuint (unanswered->n_skipped, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (unanswered->warnings, 0), "no correct response"));
}

/* No DTD, no entity: refused before libxml2 sees the file; an entity
 * reference that is not declared is an error of the parser. */
static void
test_forbidden_markup (void)
{
  const char *laughs =
    "<?xml version=\"1.0\"?>\n"
    "<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]>\n"
    "<assessmentItem identifier=\"x\">&lol2;</assessmentItem>\n";
  const char *external =
    "<?xml version=\"1.0\"?>\n<!-- c -->\n"
    "<!DOCTYPE a SYSTEM \"http://example.org/x.dtd\">\n<assessmentItem/>\n";
  const char *undeclared =
    "<assessmentItem identifier=\"x\">\n<itemBody>&secret;</itemBody></assessmentItem>\n";
  g_autoptr(SylImportBank) bank = NULL;
  g_autofree char *errors = NULL;

  bank = syl_test_import_read (SYL_IMPORT_FORMAT_QTI, laughs, -1);
  g_assert_cmpint (bank->first_code, ==, SYL_IMPORT_ERROR_FORBIDDEN);
  errors = dup_errors (bank);
  g_assert_true (g_str_has_prefix (errors, "test:2: a DOCTYPE"));
  g_clear_pointer (&bank, syl_import_bank_free);
  g_clear_pointer (&errors, g_free);

  bank = syl_test_import_read (SYL_IMPORT_FORMAT_QTI, external, -1);
  errors = dup_errors (bank);
  g_assert_true (g_str_has_prefix (errors, "test:3: a DOCTYPE"));
  g_clear_pointer (&bank, syl_import_bank_free);
  g_clear_pointer (&errors, g_free);

  bank = syl_test_import_read (SYL_IMPORT_FORMAT_QTI, undeclared, -1);
  g_assert_cmpint (bank->first_code, ==, SYL_IMPORT_ERROR_SYNTAX);
  errors = dup_errors (bank);
  g_assert_true (g_str_has_prefix (errors, "test:2: "));
  g_assert_nonnull (strstr (errors, "secret"));
}

/* Shapes that would cost libxml2 too much, refused before parsing. */
static void
test_limits (void)
{
  g_autoptr(GString) attributes = g_string_new ("<assessmentItem");
  g_autoptr(GString) deep = g_string_new ("<assessmentItem>");
  g_autoptr(SylImportBank) bank = NULL;
  g_autofree char *errors = NULL;

  for (guint i = 0; i < 50000; i++)
    g_string_append_printf (attributes, " a%u=\"\"", i);
  g_string_append (attributes, "/>");
  bank = syl_test_import_read (SYL_IMPORT_FORMAT_QTI, attributes->str, attributes->len);
  g_assert_cmpint (bank->first_code, ==, SYL_IMPORT_ERROR_TOO_LARGE);
  errors = dup_errors (bank);
  g_assert_nonnull (strstr (errors, "attributes"));
  g_clear_pointer (&bank, syl_import_bank_free);
  g_clear_pointer (&errors, g_free);

  for (guint i = 0; i < 100000; i++)
    g_string_append (deep, "<div>");
  bank = syl_test_import_read (SYL_IMPORT_FORMAT_QTI, deep->str, deep->len);
  g_assert_cmpint (bank->first_code, ==, SYL_IMPORT_ERROR_TOO_LARGE);
  errors = dup_errors (bank);
  g_assert_nonnull (strstr (errors, "nested"));
}

/* Every prefix of an item is either refused with a message or read. */
static void
test_truncated (void)
{
  g_autofree char *text = NULL;
  gsize length;

  text = syl_test_import_read_fixture ("qti21-choice.xml", &length);
  for (gsize cut = 0; cut < length; cut += 7)
    {
      g_autoptr(SylImportBank) bank = syl_test_import_read (SYL_IMPORT_FORMAT_QTI, text, cut);

      g_assert_cmpuint (bank->errors->len, >, 0);
      g_assert_true (g_str_has_prefix (g_ptr_array_index (bank->errors, 0), "test:"));
    }
}

static void
test_not_items (void)
{
  g_autoptr(SylImportBank) old = syl_test_import_read (SYL_IMPORT_FORMAT_QTI,
                                                       "<questestinterop><item/></questestinterop>", -1);
  g_autoptr(SylImportBank) test = syl_test_import_read (SYL_IMPORT_FORMAT_QTI,
                                                        "<assessmentTest identifier=\"t\"/>", -1);
  g_autofree char *old_errors = dup_errors (old);
  g_autofree char *test_errors = dup_errors (test);

  g_assert_nonnull (strstr (old_errors, "QTI 1.2"));
  g_assert_nonnull (strstr (test_errors, "content package"));
}

static const char manifest[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<manifest xmlns=\"http://www.imsglobal.org/xsd/imscp_v1p1\" identifier=\"m\">\n"
  "  <resources>\n"
  "    <resource identifier=\"t\" type=\"imsqti_test_xmlv2p1\" href=\"tests/test.xml\"/>\n"
  "    <resource identifier=\"a\" type=\"imsqti_item_xmlv2p1\" href=\"items/dns%20port.xml\">\n"
  "      <file href=\"items/dns%20port.xml\"/>\n"
  "    </resource>\n"
  "    <resource identifier=\"b\" type=\"imsqti_item_xmlv2p1\"><file href=\"./items/gases.xml\"/></resource>\n"
  "    <resource identifier=\"c\" type=\"imsqti_item_xmlv3p0\" href=\"items/tls.xml\"/>\n"
  "    <resource identifier=\"w\" type=\"webcontent\" href=\"style.css\"/>\n"
  "  </resources>\n"
  "</manifest>\n";

static const char test_xml[] =
  "<assessmentTest xmlns=\"http://www.imsglobal.org/xsd/imsqti_v2p1\" identifier=\"t\" title=\"T\">\n"
  " <testPart identifier=\"p\">\n"
  "  <assessmentSection identifier=\"s1\" title=\"Networking\">\n"
  "   <assessmentSection identifier=\"s11\" title=\"Ports\">\n"
  "    <assessmentItemRef identifier=\"a\" href=\"../items/dns port.xml\"/>\n"
  "   </assessmentSection>\n"
  "  </assessmentSection>\n"
  "  <assessmentSection identifier=\"s2\" title=\"Chemistry\">\n"
  "   <assessmentItemRef identifier=\"b\" href=\"../items/gases.xml\"/>\n"
  "  </assessmentSection>\n"
  " </testPart>\n"
  "</assessmentTest>\n";

/* A content package: the manifest lists the items (an href or a file,
 * escaped or with ./), the test's sections name the categories. */
static void
test_package (void)
{
  g_autofree char *choice = syl_test_import_read_fixture ("qti21-choice.xml", NULL);
  g_autofree char *multiple = syl_test_import_read_fixture ("qti21-multiple.xml", NULL);
  g_autofree char *qti3 = syl_test_import_read_fixture ("qti30-choice.xml", NULL);
  SylTestZipEntry entries[] = {
    { "imsmanifest.xml", manifest },
    { "items/", NULL, 0, SYL_TEST_ZIP_FOLDER },
    { "items/dns port.xml", choice },
    { "items/gases.xml", multiple },
    { "items/tls.xml", qti3 },
    { "tests/test.xml", test_xml },
    { "style.css", "body {}" },
  };
  g_autoptr(GBytes) zip = syl_test_make_zip (entries, G_N_ELEMENTS (entries));
  g_autoptr(SylImportBank) bank = read_zip (zip);
  SylImportQuestion *q;

  g_assert_cmpuint (bank->errors->len, ==, 0);
  g_assert_cmpuint (bank->questions->len, ==, 3);

  q = question_at (bank, 0);
  g_assert_cmpstr (q->id, ==, "dns-port");
  g_assert_cmpstr (q->file, ==, "test/items/dns port.xml");
  g_assert_cmpstr (q->domain, ==, "Networking");
  g_assert_cmpstr (q->task, ==, "Ports");
  q = question_at (bank, 1);
  g_assert_cmpstr (q->domain, ==, "Chemistry");
  g_assert_null (q->task);
  q = question_at (bank, 2);
  g_assert_null (q->domain);
  g_assert_cmpstr (q->id, ==, "tls-version");
}

static void
test_package_errors (void)
{
  const char *broken_manifest =
    "<manifest>\n<resources>\n"
    "<resource type=\"imsqti_item_xmlv2p1\" href=\"items/missing.xml\"/>\n"
    "<resource type=\"imsqti_item_xmlv2p1\" href=\"../outside.xml\"/>\n"
    "<resource type=\"imsqti_item_xmlv2p1\" href=\"https://example.org/item.xml\"/>\n"
    "<resource type=\"imsqti_item_xmlv2p1\" href=\"bad.xml\"/>\n"
    "</resources>\n</manifest>\n";
  SylTestZipEntry entries[] = {
    { "imsmanifest.xml", broken_manifest },
    { "bad.xml", "<assessmentItem>\n<itemBody>\n</assessmentItem>" },
  };
  SylTestZipEntry no_manifest[] = { { "item.xml", "<assessmentItem/>" } };
  SylTestZipEntry empty_manifest[] = { { "imsmanifest.xml", "<manifest><resources/></manifest>" } };
  g_autoptr(GBytes) zip = syl_test_make_zip (entries, G_N_ELEMENTS (entries));
  g_autoptr(GBytes) zip2 = syl_test_make_zip (no_manifest, 1);
  g_autoptr(GBytes) zip3 = syl_test_make_zip (empty_manifest, 1);
  g_autoptr(SylImportBank) bank = read_zip (zip);
  g_autoptr(SylImportBank) bank2 = read_zip (zip2);
  g_autoptr(SylImportBank) bank3 = read_zip (zip3);
  g_autofree char *errors = dup_errors (bank);
  g_autofree char *errors2 = dup_errors (bank2);
  g_autofree char *errors3 = dup_errors (bank3);

  g_assert_nonnull (strstr (errors, "test/imsmanifest.xml:3: the item \"items/missing.xml\" is listed here but not in the package"));
  g_assert_nonnull (strstr (errors, "test/imsmanifest.xml:4: the item \"../outside.xml\" is not a file inside the package"));
  g_assert_nonnull (strstr (errors, "test/imsmanifest.xml:5: the item \"https://example.org/item.xml\" is not a file"));
  g_assert_nonnull (strstr (errors, "test/bad.xml:3: "));
  g_assert_nonnull (strstr (errors2, "no imsmanifest.xml"));
  g_assert_nonnull (strstr (errors3, "lists no QTI items"));
}

/* Entries that would point outside the package if it were unpacked, and
 * links: the whole package is refused. (Zip has no hard links; the
 * reader refuses them too, for formats that have.) */
static void
test_hostile_entries (void)
{
  const char *names[] = { "../evil.xml", "items/../../evil.xml", "/etc/evil.xml", "C:/evil.xml",
                          "..\\evil.xml", "ok/..", "bad\nname.xml" };
  SylTestZipEntry symlink[] = {
    { "imsmanifest.xml", manifest },
    { "items/tls.xml", NULL, 0, SYL_TEST_ZIP_SYMLINK, "/etc/passwd" },
  };
  SylTestZipEntry twice[] = {
    { "imsmanifest.xml", manifest },
    { "./imsmanifest.xml", manifest },
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      SylTestZipEntry entries[] = { { "imsmanifest.xml", manifest }, { names[i], "<x/>" } };
      g_autoptr(GBytes) zip = syl_test_make_zip (entries, G_N_ELEMENTS (entries));
      g_autoptr(SylImportBank) bank = read_zip (zip);
      g_autofree char *errors = dup_errors (bank);

      g_test_message ("entry %u", i);
      g_assert_cmpint (bank->first_code, ==, SYL_IMPORT_ERROR_ARCHIVE);
      g_assert_nonnull (strstr (errors, "outside the package"));
      g_assert_null (strchr (errors, '\n'));
    }

  {
    g_autoptr(GBytes) zip = syl_test_make_zip (symlink, G_N_ELEMENTS (symlink));
    g_autoptr(SylImportBank) bank = read_zip (zip);
    g_autofree char *errors = dup_errors (bank);

    g_assert_nonnull (strstr (errors, "is a link"));
  }
  {
    g_autoptr(GBytes) zip = syl_test_make_zip (twice, G_N_ELEMENTS (twice));
    g_autoptr(SylImportBank) bank = read_zip (zip);
    g_autofree char *errors = dup_errors (bank);

    g_assert_nonnull (strstr (errors, "two entries"));
  }
}

/* A zip bomb: 16 MiB of zeros compress to about 16 KiB. It is refused
 * once what was read passes 100 times the package, long before the
 * bytes its header promises are in memory. */
static void
test_zip_bomb (void)
{
  gsize size = 16 * 1024 * 1024;
  g_autofree char *zeros = g_malloc0 (size);
  SylTestZipEntry entries[] = {
    { "imsmanifest.xml", manifest },
    { "items/tls.xml", zeros, size },
  };
  g_autoptr(GBytes) zip = syl_test_make_zip (entries, G_N_ELEMENTS (entries));
  g_autoptr(SylImportBank) bank = NULL;
  g_autofree char *errors = NULL;

  g_clear_pointer (&zeros, g_free);
  g_test_message ("%" G_GSIZE_FORMAT " bytes of zip", g_bytes_get_size (zip));
  g_assert_cmpuint (g_bytes_get_size (zip), <, size / 100);

  bank = read_zip (zip);
  errors = dup_errors (bank);
  g_assert_cmpint (bank->first_code, ==, SYL_IMPORT_ERROR_ARCHIVE);
  g_assert_nonnull (strstr (errors, "zip bomb"));
}

/* Each limit of the archive reader, made small. */
static void
test_archive_limits (void)
{
  SylImportArchiveLimits limits = { 3, 100, 250, 100, 1024 * 1024 };
  char big[101];
  char medium[90];
  SylTestZipEntry many[] = { { "a.xml", "a" }, { "b.xml", "b" }, { "c/", NULL, 0, SYL_TEST_ZIP_FOLDER }, { "d.xml", "d" } };
  SylTestZipEntry large[] = { { "a.xml", big, sizeof big } };
  SylTestZipEntry total[] = { { "a.xml", medium, sizeof medium }, { "b.xml", medium, sizeof medium },
                              { "c.xml", medium, sizeof medium } };
  SylTestZipEntry skipped[] = { { "a.css", big, sizeof big }, { "b.xml", "b" } };
  g_autoptr(GBytes) zip_many = NULL;
  g_autoptr(GBytes) zip_large = NULL;
  g_autoptr(GBytes) zip_total = NULL;
  g_autoptr(GBytes) zip_skipped = NULL;
  g_autoptr(GHashTable) entries = NULL;
  g_autoptr(GError) error = NULL;

  memset (big, 'x', sizeof big);
  memset (medium, 'y', sizeof medium);
  zip_many = syl_test_make_zip (many, G_N_ELEMENTS (many));
  zip_large = syl_test_make_zip (large, G_N_ELEMENTS (large));
  zip_total = syl_test_make_zip (total, G_N_ELEMENTS (total));
  zip_skipped = syl_test_make_zip (skipped, G_N_ELEMENTS (skipped));

  entries = syl_import_archive_read (g_bytes_get_data (zip_many, NULL), g_bytes_get_size (zip_many),
                                     "many.zip", NULL, &limits, &error);
  g_assert_error (error, SYL_IMPORT_ERROR, SYL_IMPORT_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "more than 3 entries"));
  g_clear_error (&error);

  entries = syl_import_archive_read (g_bytes_get_data (zip_large, NULL), g_bytes_get_size (zip_large),
                                     "large.zip", NULL, &limits, &error);
  g_assert_error (error, SYL_IMPORT_ERROR, SYL_IMPORT_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "\"a.xml\" is larger than 100 bytes"));
  g_clear_error (&error);

  entries = syl_import_archive_read (g_bytes_get_data (zip_total, NULL), g_bytes_get_size (zip_total),
                                     "total.zip", NULL, &limits, &error);
  g_assert_error (error, SYL_IMPORT_ERROR, SYL_IMPORT_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "more than 250 bytes"));
  g_clear_error (&error);

  /* Only .xml entries are read, so a large stylesheet costs nothing. */
  entries = syl_import_archive_read (g_bytes_get_data (zip_skipped, NULL), g_bytes_get_size (zip_skipped),
                                     "skipped.zip", ".xml", &limits, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_hash_table_size (entries), ==, 1);
  g_assert_true (g_hash_table_contains (entries, "b.xml"));
}

/* A package cut short, or not a zip at all. */
static void
test_damaged_package (void)
{
  g_autofree char *qti3 = syl_test_import_read_fixture ("qti30-choice.xml", NULL);
  SylTestZipEntry entries[] = { { "imsmanifest.xml", manifest }, { "items/tls.xml", qti3 } };
  g_autoptr(GBytes) zip = syl_test_make_zip (entries, G_N_ELEMENTS (entries));
  gsize length;
  const char *data = g_bytes_get_data (zip, &length);

  for (gsize cut = 4; cut < length; cut += MAX (length / 40, 1))
    {
      g_autoptr(SylImportBank) bank = syl_test_import_read (SYL_IMPORT_FORMAT_QTI, data, cut);

      g_assert_cmpuint (bank->errors->len, >, 0);
      g_assert_true (g_str_has_prefix (g_ptr_array_index (bank->errors, 0), "test"));
    }
}

static void
test_package_becomes_pack (void)
{
  g_autofree char *choice = syl_test_import_read_fixture ("qti21-choice.xml", NULL);
  g_autofree char *multiple = syl_test_import_read_fixture ("qti21-multiple.xml", NULL);
  g_autofree char *qti3 = syl_test_import_read_fixture ("qti30-choice.xml", NULL);
  SylTestZipEntry entries[] = {
    { "imsmanifest.xml", manifest },
    { "items/dns port.xml", choice },
    { "items/gases.xml", multiple },
    { "items/tls.xml", qti3 },
    { "tests/test.xml", test_xml },
  };
  g_autoptr(GBytes) zip = syl_test_make_zip (entries, G_N_ELEMENTS (entries));
  g_autoptr(SylImportResult) result = NULL;
  g_autoptr(GError) error = NULL;
  SylQuestion *q;

  result = syl_import_data (SYL_IMPORT_FORMAT_QTI, g_bytes_get_data (zip, NULL), g_bytes_get_size (zip),
                            "bank.zip", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (syl_pack_get_domains (result->pack)), ==, 3);
  q = syl_pack_lookup_question (result->pack, "noble-gases");
  g_assert_cmpint (syl_question_get_question_type (q), ==, SYL_QUESTION_MULTIPLE);
  g_assert_cmpstr (syl_domain_get_title (syl_question_get_domain (q)), ==, "Chemistry");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/syl/import/qti/single", test_single);
  g_test_add_func ("/syl/import/qti/multiple-by-mapping", test_multiple_by_mapping);
  g_test_add_func ("/syl/import/qti/qti3", test_qti3);
  g_test_add_func ("/syl/import/qti/skipped", test_skipped);
  g_test_add_func ("/syl/import/qti/forbidden-markup", test_forbidden_markup);
  g_test_add_func ("/syl/import/qti/limits", test_limits);
  g_test_add_func ("/syl/import/qti/truncated", test_truncated);
  g_test_add_func ("/syl/import/qti/not-items", test_not_items);
  g_test_add_func ("/syl/import/qti/package", test_package);
  g_test_add_func ("/syl/import/qti/package-errors", test_package_errors);
  g_test_add_func ("/syl/import/qti/hostile-entries", test_hostile_entries);
  g_test_add_func ("/syl/import/qti/zip-bomb", test_zip_bomb);
  g_test_add_func ("/syl/import/qti/archive-limits", test_archive_limits);
  g_test_add_func ("/syl/import/qti/damaged-package", test_damaged_package);
  g_test_add_func ("/syl/import/qti/package-becomes-pack", test_package_becomes_pack);

  return g_test_run ();
}
