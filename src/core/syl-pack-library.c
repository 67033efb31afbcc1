/* syl-pack-library.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "syl-pack-library"

#include "config.h"

#include <string.h>

#include "syl-pack-installer.h"
#include "syl-pack-library.h"
#include "syl-pack-translation.h"
#include "syl-pack-loader.h"
#include "syl-pack.h"
#include "syl-paths.h"

/* Tests and build-aux/run point the app at the source tree's packs. */
#define PACK_DIR_ENV "SYLLABUS_PACK_DIR"

/**
 * SylPackLibrary:
 *
 * The packs the app can use: the ones given explicitly (`--pack`), the
 * ones installed with the app and the ones in the learner's pack folder.
 *
 * In a search folder each entry is a pack file (`*.xml`) or a folder
 * holding `pack.xml`; entries are read in the order of their names. A
 * broken pack is recorded with its error and skipped, the others load.
 * When two packs have the same id the first one wins and the second is
 * recorded as a failure (%SYL_PACK_ERROR_DUPLICATE_PACK).
 */
struct _SylPackLibrary
{
  GObject parent_instance;

  /* owned */
  GPtrArray *sources;           /* of Source */
  GListStore *packs;            /* of SylPack */
  GHashTable *pack_by_id;       /* borrowed SylPack */
  GPtrArray *failures;          /* of Failure */
};

typedef struct
{
  char *path;
  gboolean is_search_dir;
} Source;

typedef struct
{
  char *path;
  GError *error;
} Failure;

G_DEFINE_FINAL_TYPE (SylPackLibrary, syl_pack_library, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PACKS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
source_free (gpointer data)
{
  Source *source = data;

  g_free (source->path);
  g_free (source);
}

static void
failure_free (gpointer data)
{
  Failure *failure = data;

  g_free (failure->path);
  g_clear_error (&failure->error);
  g_free (failure);
}

static void
add_failure (SylPackLibrary *self,
             const char     *path,
             GError         *error)
{
  Failure *failure = g_new0 (Failure, 1);

  failure->path = g_strdup (path);
  failure->error = error;
  g_ptr_array_add (self->failures, failure);
}

static void
load_one (SylPackLibrary *self,
          const char     *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SylPack) pack = NULL;
  SylPack *first;

  /* In the learner's language where a translation is installed; ids,
   * answers and services always come from the English pack. */
  pack = syl_pack_load_localized (path, NULL, &error);
  if (pack == NULL)
    {
      g_debug ("Skipping %s: %s", path, error->message);
      add_failure (self, path, g_steal_pointer (&error));
      return;
    }

  first = g_hash_table_lookup (self->pack_by_id, syl_pack_get_id (pack));
  if (first != NULL)
    {
      add_failure (self, path,
                   g_error_new (SYL_PACK_ERROR, SYL_PACK_ERROR_DUPLICATE_PACK,
                                "%s: a pack with the id \"%s\" is already loaded from %s;"
                                " this one is skipped (give it another id, or remove one)",
                                path, syl_pack_get_id (pack), syl_pack_get_path (first)));
      return;
    }

  g_debug ("Loaded pack %s version %u (%s) from %s", syl_pack_get_id (pack),
           syl_pack_get_version (pack), syl_pack_get_language (pack), syl_pack_get_path (pack));
  g_hash_table_insert (self->pack_by_id, (char *)syl_pack_get_id (pack), pack);
  g_list_store_append (self->packs, pack);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *)a, *(const char * const *)b);
}

static void
scan_dir (SylPackLibrary *self,
          const char     *dir_path)
{
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) names = NULL;
  const char *name;

  /* A search folder that does not exist (yet) simply has no packs. */
  if (!g_file_test (dir_path, G_FILE_TEST_IS_DIR))
    return;

  dir = g_dir_open (dir_path, 0, &error);
  if (dir == NULL)
    {
      add_failure (self, dir_path,
                   g_error_new (SYL_PACK_ERROR, SYL_PACK_ERROR_IO,
                                "%s: cannot list the folder: %s", dir_path, error->message));
      return;
    }

  names = g_ptr_array_new_with_free_func (g_free);
  /* Hidden entries and what an interrupted install left are not packs. */
  while ((name = g_dir_read_name (dir)) != NULL)
    if (name[0] != '.' && !syl_pack_install_is_leftover (name))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (dir_path, g_ptr_array_index (names, i), NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        {
          g_autofree char *pack_xml = g_build_filename (path, "pack.xml", NULL);

          if (g_file_test (pack_xml, G_FILE_TEST_EXISTS))
            load_one (self, path);
        }
      else if (g_str_has_suffix (path, ".xml"))
        load_one (self, path);
    }
}

static void
syl_pack_library_finalize (GObject *object)
{
  SylPackLibrary *self = (SylPackLibrary *)object;

  g_clear_pointer (&self->pack_by_id, g_hash_table_unref);
  g_clear_object (&self->packs);
  g_clear_pointer (&self->sources, g_ptr_array_unref);
  g_clear_pointer (&self->failures, g_ptr_array_unref);

  G_OBJECT_CLASS (syl_pack_library_parent_class)->finalize (object);
}

static void
syl_pack_library_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  SylPackLibrary *self = SYL_PACK_LIBRARY (object);

  switch (prop_id)
    {
    case PROP_PACKS:
      g_value_set_object (value, self->packs);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
syl_pack_library_class_init (SylPackLibraryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = syl_pack_library_finalize;
  object_class->get_property = syl_pack_library_get_property;

  /**
   * SylPackLibrary:packs:
   *
   * The packs that loaded, a #GListModel of #SylPack.
   */
  properties[PROP_PACKS] =
    g_param_spec_object ("packs", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
syl_pack_library_init (SylPackLibrary *self)
{
  self->sources = g_ptr_array_new_with_free_func (source_free);
  self->packs = g_list_store_new (SYL_TYPE_PACK);
  self->pack_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->failures = g_ptr_array_new_with_free_func (failure_free);
}

/**
 * syl_pack_library_new:
 *
 * Returns: (transfer full): an empty library; add sources, then call
 *   syl_pack_library_load()
 */
SylPackLibrary *
syl_pack_library_new (void)
{
  return g_object_new (SYL_TYPE_PACK_LIBRARY, NULL);
}

/**
 * syl_pack_library_dup_installed_dir:
 *
 * Returns: (transfer full): the folder of the packs that come with the
 *   app: `$SYLLABUS_PACK_DIR` if set, otherwise `PKGDATADIR/packs`, or the
 *   source tree's `data/packs` when the app runs uninstalled
 */
char *
syl_pack_library_dup_installed_dir (void)
{
  const char *env = g_getenv (PACK_DIR_ENV);
  g_autofree char *installed = NULL;

  if (env != NULL && env[0] != '\0')
    return g_strdup (env);

  installed = g_build_filename (PKGDATADIR, "packs", NULL);
#ifdef SOURCE_PACKDIR
  if (!g_file_test (installed, G_FILE_TEST_IS_DIR))
    return g_strdup (SOURCE_PACKDIR);
#endif

  return g_steal_pointer (&installed);
}

/**
 * syl_pack_library_new_default:
 * @explicit_paths: (nullable) (array zero-terminated=1): packs given on
 *   the command line (`--pack`), files or folders
 *
 * The library the app uses: @explicit_paths first (a pack named on the
 * command line wins over an installed one with the same id), then the
 * installed packs, then the learner's. Not loaded yet.
 *
 * Returns: (transfer full): the library
 */
SylPackLibrary *
syl_pack_library_new_default (const char * const *explicit_paths)
{
  SylPackLibrary *self = syl_pack_library_new ();
  g_autofree char *installed = syl_pack_library_dup_installed_dir ();
  g_auto(GStrv) dirs = syl_paths_dup_pack_search_dirs (installed);

  for (guint i = 0; explicit_paths != NULL && explicit_paths[i] != NULL; i++)
    syl_pack_library_add_path (self, explicit_paths[i]);
  for (guint i = 0; dirs[i] != NULL; i++)
    syl_pack_library_add_search_dir (self, dirs[i]);

  return self;
}

/**
 * syl_pack_library_add_path:
 * @path: a pack file or a folder pack
 *
 * Adds one pack to load; unlike a search folder, a missing @path is a
 * failure.
 */
void
syl_pack_library_add_path (SylPackLibrary *self,
                           const char     *path)
{
  Source *source;

  g_return_if_fail (SYL_IS_PACK_LIBRARY (self));
  g_return_if_fail (path != NULL);

  source = g_new0 (Source, 1);
  source->path = g_strdup (path);
  source->is_search_dir = FALSE;
  g_ptr_array_add (self->sources, source);
}

/**
 * syl_pack_library_add_search_dir:
 * @dir: a folder of packs; it need not exist
 */
void
syl_pack_library_add_search_dir (SylPackLibrary *self,
                                 const char     *dir)
{
  Source *source;

  g_return_if_fail (SYL_IS_PACK_LIBRARY (self));
  g_return_if_fail (dir != NULL);

  source = g_new0 (Source, 1);
  source->path = g_strdup (dir);
  source->is_search_dir = TRUE;
  g_ptr_array_add (self->sources, source);
}

/**
 * syl_pack_library_load:
 *
 * Loads every source, in the order they were added, replacing what an
 * earlier call loaded. Never fails as a whole: see
 * syl_pack_library_get_n_failures().
 */
void
syl_pack_library_load (SylPackLibrary *self)
{
  g_return_if_fail (SYL_IS_PACK_LIBRARY (self));

  g_hash_table_remove_all (self->pack_by_id);
  g_list_store_remove_all (self->packs);
  g_ptr_array_set_size (self->failures, 0);

  for (guint i = 0; i < self->sources->len; i++)
    {
      Source *source = g_ptr_array_index (self->sources, i);

      if (source->is_search_dir)
        scan_dir (self, source->path);
      else
        load_one (self, source->path);
    }
}

/**
 * syl_pack_library_get_packs:
 *
 * Returns: (transfer none): a #GListModel of the #SylPack that loaded
 */
GListModel *
syl_pack_library_get_packs (SylPackLibrary *self)
{
  g_return_val_if_fail (SYL_IS_PACK_LIBRARY (self), NULL);

  return G_LIST_MODEL (self->packs);
}

/**
 * syl_pack_library_lookup:
 *
 * Returns: (transfer none) (nullable): the loaded pack with @id
 */
SylPack *
syl_pack_library_lookup (SylPackLibrary *self,
                         const char     *id)
{
  g_return_val_if_fail (SYL_IS_PACK_LIBRARY (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->pack_by_id, id);
}

/**
 * syl_pack_library_dup_reserved_ids:
 * @user_dir: the learner's pack folder
 *
 * The ids an import into @user_dir may not take over: those of the loaded
 * packs that live elsewhere (they come with the app or were given with
 * `--pack`, and are found first, so an installed copy would never be
 * used).
 *
 * Returns: (transfer full): the ids, %NULL-terminated
 */
GStrv
syl_pack_library_dup_reserved_ids (SylPackLibrary *self,
                                   const char     *user_dir)
{
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  g_autofree char *prefix = NULL;

  g_return_val_if_fail (SYL_IS_PACK_LIBRARY (self), NULL);
  g_return_val_if_fail (user_dir != NULL, NULL);

  prefix = g_str_has_suffix (user_dir, G_DIR_SEPARATOR_S) ? g_strdup (user_dir)
                                                          : g_strconcat (user_dir, G_DIR_SEPARATOR_S, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->packs)); i++)
    {
      g_autoptr(SylPack) pack = g_list_model_get_item (G_LIST_MODEL (self->packs), i);

      if (!g_str_has_prefix (syl_pack_get_path (pack), prefix))
        g_strv_builder_add (ids, syl_pack_get_id (pack));
    }

  return g_strv_builder_end (ids);
}

/**
 * syl_pack_library_get_n_failures:
 *
 * Returns: how many packs could not be loaded
 */
guint
syl_pack_library_get_n_failures (SylPackLibrary *self)
{
  g_return_val_if_fail (SYL_IS_PACK_LIBRARY (self), 0);

  return self->failures->len;
}

/**
 * syl_pack_library_get_failure_path:
 *
 * Returns: the file or folder of failure @i
 */
const char *
syl_pack_library_get_failure_path (SylPackLibrary *self,
                                   guint           i)
{
  g_return_val_if_fail (SYL_IS_PACK_LIBRARY (self), NULL);
  g_return_val_if_fail (i < self->failures->len, NULL);

  return ((Failure *)g_ptr_array_index (self->failures, i))->path;
}

/**
 * syl_pack_library_get_failure_error:
 *
 * Returns: (transfer none): the #SYL_PACK_ERROR of failure @i; its message
 *   has one `FILE:LINE: …` line per problem
 */
const GError *
syl_pack_library_get_failure_error (SylPackLibrary *self,
                                    guint           i)
{
  g_return_val_if_fail (SYL_IS_PACK_LIBRARY (self), NULL);
  g_return_val_if_fail (i < self->failures->len, NULL);

  return ((Failure *)g_ptr_array_index (self->failures, i))->error;
}

/**
 * syl_pack_library_dup_failures_text:
 *
 * Returns: (transfer full) (nullable): every failure's message, one problem
 *   per line, for stderr or a details dialog; %NULL when nothing failed
 */
char *
syl_pack_library_dup_failures_text (SylPackLibrary *self)
{
  GString *text;

  g_return_val_if_fail (SYL_IS_PACK_LIBRARY (self), NULL);

  if (self->failures->len == 0)
    return NULL;

  text = g_string_new (NULL);
  for (guint i = 0; i < self->failures->len; i++)
    {
      Failure *failure = g_ptr_array_index (self->failures, i);

      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, failure->error->message);
    }

  return g_string_free (text, FALSE);
}
